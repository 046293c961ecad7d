using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Audit.Tests.Web;

public sealed class DataProtectionTests
{
    [Fact]
    public async Task WithACertificate_TheKeysInTheDatabaseAreEncrypted()
    {
        await using var app = new AuditAppFactory();
        var pfx = Path.Combine(app.Folder, "keys.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=Audit data protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "pfx-password"));
        }

        app.With("DataProtection:CertificatePath", pfx).With("DataProtection:CertificatePassword", "pfx-password");
        var staff = await TestData.AStaffMember().CreateAsync(app);
        using var client = AppClient.For(app);
        var home = await client.SignInAsync(staff);

        var xml = await app.DbAsync(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());
        Assert.Equal("My work", home.H1());
        Assert.NotEmpty(xml);
        Assert.All(xml, key => Assert.Contains("EncryptedData", key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithAMissingCertificateFile_StartUpFailsNamingTheSetting()
    {
        await using var app = new AuditAppFactory().With("DataProtection:CertificatePath", "/no/such/file.pfx");

        var failure = Assert.ThrowsAny<InvalidOperationException>(() => app.Services);

        Assert.Contains("DataProtection:CertificatePath", failure.Message, StringComparison.Ordinal);
    }
}
