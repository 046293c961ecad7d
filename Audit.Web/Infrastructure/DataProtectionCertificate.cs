using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Audit.Web.Infrastructure;

/// <summary>
/// The optional certificate that encrypts the data-protection keys stored in the database
/// (DataProtection:CertificatePath, a .pfx file, and DataProtection:CertificatePassword).
/// </summary>
public static class DataProtectionCertificate
{
    public const string PathKey = "DataProtection:CertificatePath";
    public const string PasswordKey = "DataProtection:CertificatePassword";

    public static X509Certificate2? Load(IConfiguration configuration)
    {
        var path = configuration[PathKey];
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{PathKey} names a file that does not exist: {path}");
        }

        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[PasswordKey]);
            return certificate.HasPrivateKey
                ? certificate
                : throw new InvalidOperationException($"The certificate at {PathKey} has no private key, so it cannot decrypt the keys it protects");
        }
        catch (CryptographicException ex)
        {
            throw new InvalidOperationException($"The certificate at {PathKey} could not be opened (is {PasswordKey} right?): {ex.Message}", ex);
        }
    }
}
