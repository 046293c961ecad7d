using Audit.Data.Models;
using Audit.Tests.Infrastructure;
using Audit.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Audit.Tests.Web;

public sealed class StartupTests
{
    [Fact]
    public async Task CreateAdmin_CreatesAQaLeadAndSendsAnInvitation_WithoutPrintingAPassword()
    {
        await using var app = new AuditAppFactory();
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exitCode = await CommandLine.CreateAdminAsync(app.Services, "jo.bloggs@council.example", "Jo Bloggs", output, errors);

        Assert.Equal(0, exitCode);
        Assert.Contains("Created QA lead jo.bloggs@council.example", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("password", output.ToString(), StringComparison.OrdinalIgnoreCase);
        var isQaLead = await app.InScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<StaffMember>>();
            var jo = await users.FindByEmailAsync("jo.bloggs@council.example");
            return jo is { PasswordHash: null } && await users.IsInRoleAsync(jo, Roles.QaLead);
        });
        Assert.True(isQaLead);
        var eml = Assert.Single(Directory.GetFiles(app.PickupFolder, "*.eml"));
        Assert.Contains("/account/invitation/", await File.ReadAllTextAsync(eml), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAdmin_ForAnExistingEmail_FailsWithAMessage()
    {
        await using var app = new AuditAppFactory();
        await CommandLine.CreateAdminAsync(app.Services, "jo.bloggs@council.example", "Jo Bloggs", TextWriter.Null, TextWriter.Null);
        using var errors = new StringWriter();

        var exitCode = await CommandLine.CreateAdminAsync(app.Services, "jo.bloggs@council.example", "Jo Bloggs", TextWriter.Null, errors);

        Assert.Equal(1, exitCode);
        Assert.Contains("Someone with this email address already has an account", errors.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Jo\nBcc: x@example.com")]
    [InlineData("Jo \u202EsggolB")]
    public async Task CreateAdmin_WithAHiddenCharacterInTheName_IsRefused_AndNoInvitationIsSent(string name)
    {
        await using var app = new AuditAppFactory();
        using var errors = new StringWriter();

        var exitCode = await CommandLine.CreateAdminAsync(app.Services, "jo.bloggs@council.example", name, TextWriter.Null, errors);

        Assert.Equal(1, exitCode);
        Assert.Contains("Full name must be one line, without line breaks or hidden characters", errors.ToString(), StringComparison.Ordinal);
        Assert.False(await app.DbAsync(db => db.Users.AnyAsync(u => u.Email == "jo.bloggs@council.example")));
        Assert.False(Directory.Exists(app.PickupFolder) && Directory.GetFiles(app.PickupFolder, "*.eml").Length > 0);
    }

    [Fact]
    public async Task Startup_WithAMalformedBaseUrl_FailsNamingTheSetting()
    {
        await using var app = new AuditAppFactory().With("Audit:BaseUrl", "not a url");

        var failure = Assert.ThrowsAny<OptionsValidationException>(() => app.Services);

        Assert.Contains("Audit:BaseUrl", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Startup_WithAMalformedConnectionString_FailsNamingTheSetting()
    {
        await using var app = new AuditAppFactory().With("ConnectionStrings:Audit", "Data Source=x.db;Nonsense Key=1");

        var failure = Assert.ThrowsAny<InvalidOperationException>(() => app.Services);

        Assert.Contains("ConnectionStrings:Audit", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Startup_MigratesTheDatabase_InWriteAheadLogMode()
    {
        await using var app = new AuditAppFactory();

        var mode = await app.DbAsync(db => db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync());
        var pending = await app.DbAsync(db => db.Database.GetPendingMigrationsAsync());

        Assert.Equal("wal", mode.Single());
        Assert.Empty(pending);
    }

    [Fact]
    public async Task SignIn_SurvivesARestart_BecauseDataProtectionKeysAreInTheDatabase()
    {
        await using var first = new AuditAppFactory();
        var staff = await Builders.TestData.AStaffMember().Named("Grace Mensah").CreateAsync(first);
        using var client = AppClient.For(first, followRedirects: false);
        var signIn = await Html.ParseAsync(await client.Http.GetAsync(new Uri("/account/sign-in", UriKind.Relative)));
        var (signedIn, _) = await client.SubmitAsync(signIn, new Dictionary<string, string> { ["Input.Email"] = staff.Email, ["Input.Password"] = staff.Password });
        var authCookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("audit.auth=", StringComparison.Ordinal)).Split(';')[0];

        // A second app process on the same database file: a restart.
        await using var restarted = new AuditAppFactory().With("ConnectionStrings:Audit", $"Data Source={Path.Combine(first.Folder, "audit.db")}");
        using var http = restarted.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", authCookie);
        var response = await http.SendAsync(request);
        var page = await Html.ParseAsync(response);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("My work", page.H1());
        Assert.Contains("Grace Mensah", page.Text(), StringComparison.Ordinal);
    }
}
