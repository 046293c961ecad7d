using System.Net;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Audit.Tests.Web;

public sealed class WebShellTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task EveryResponse_CarriesSecurityHeaders_AndACspWithoutUnsafeInline()
    {
        using var client = AppClient.For(app);

        var (response, _) = await client.GetAsync("/account/sign-in");

        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task Https_IsStrictlyEnforced_ForTheCouncilsHostName()
    {
        using var client = AppClient.For(app, followRedirects: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/sign-in");
        // HSTS is never sent to localhost (browsers would remember it for every local app), so ask as the real host.
        request.Headers.Host = "audit.council.example";

        var response = await client.Http.SendAsync(request);

        Assert.Contains("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InlineScript_CarriesTheNonceNamedInThePolicy()
    {
        using var client = AppClient.For(app);

        var (response, page) = await client.GetAsync("/account/sign-in");

        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        var inline = page.QuerySelectorAll("script:not([src])").ToList();
        Assert.NotEmpty(inline);
        Assert.All(inline, script => Assert.Contains($"'nonce-{script.GetAttribute("nonce")}'", csp, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cookies_AreSecureAndHttpOnly()
    {
        var staff = await TestData.AStaffMember().CreateAsync(app);
        using var client = AppClient.For(app, followRedirects: false);
        var signIn = await Html.ParseAsync(await client.Http.GetAsync(new Uri("/account/sign-in", UriKind.Relative)));

        var (response, _) = await client.SubmitAsync(signIn, new Dictionary<string, string> { ["Input.Email"] = staff.Email, ["Input.Password"] = staff.Password });

        var authCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("audit.auth=", StringComparison.Ordinal));
        Assert.Contains("secure", authCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", authCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", authCookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task UnknownAddress_ShowsTheGovUkNotFoundPage()
    {
        var staff = await TestData.AStaffMember().CreateAsync(app);
        using var client = AppClient.For(app);
        await client.SignInAsync(staff);

        var (response, page) = await client.GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.H1());
    }

    [Fact]
    public async Task FormPostedWithoutAntiforgeryToken_IsRefusedWithTheBadRequestPage()
    {
        using var client = AppClient.For(app);
        using var form = new FormUrlEncodedContent([new("Input.Email", "someone@council.example"), new("Input.Password", "whatever-it-is")]);

        var response = await client.Http.PostAsync(new Uri("/account/sign-in", UriKind.Relative), form);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("There is a problem with your request", page.H1());
    }

    [Fact]
    public async Task UnexpectedFailure_ShowsTheProblemPage_WithoutAStackTrace()
    {
        await using var broken = app.WithWebHostBuilder(b => b.ConfigureServices(s =>
        {
            s.RemoveAll<IUserStore<StaffMember>>();
            s.AddScoped<IUserStore<StaffMember>, FailingUserStore>();
        }));
        using var client = new AppClient(broken.CreateClient(new() { BaseAddress = new Uri("https://localhost") }));
        var signIn = await client.GetPageAsync("/account/sign-in");

        var (response, page) = await client.SubmitAsync(signIn, new Dictionary<string, string> { ["Input.Email"] = "a@council.example", ["Input.Password"] = "a-long-password-here" });

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Sorry, there is a problem with the service", page.H1());
        Assert.DoesNotContain("Exception", page.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(" at Audit.", page.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Navigation_ShowsAdministrationOnlyToQaLeads()
    {
        var practitioner = await TestData.AStaffMember().WithRoles(Roles.Practitioner).CreateAsync(app);
        var qaLead = await TestData.AQaLead().CreateAsync(app);
        using var practitionerClient = AppClient.For(app);
        using var qaLeadClient = AppClient.For(app);

        var practitionerHome = await practitionerClient.SignInAsync(practitioner);
        var qaLeadHome = await qaLeadClient.SignInAsync(qaLead);

        static List<string> Links(AngleSharp.Dom.IDocument page) =>
            page.QuerySelectorAll(".govuk-service-navigation__link").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["My work", "Audits", "Actions", "Your account"], Links(practitionerHome));
        Assert.Equal(["My work", "Cases", "Audits", "Staff", "Audit tools", "Administration", "Actions", "Reports", "Your account"], Links(qaLeadHome));
    }

    [Fact]
    public async Task Administration_LinksToEveryRarelyUsedSetting()
    {
        var qaLead = await TestData.AQaLead().CreateAsync(app);
        using var client = AppClient.For(app);
        await client.SignInAsync(qaLead);

        var page = await client.GetPageAsync("/admin");

        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/admin/programme", "/admin/organisation", "/admin/themes", "/admin/settings", "/admin/settings/bank-holidays", "/admin/emails", "/admin/tokens"], links);
        Assert.Equal("page", page.QuerySelector(".govuk-service-navigation__item--active a")?.GetAttribute("aria-current"));
        foreach (var link in links)
        {
            await client.GetPageAsync(link!);
        }
    }

    /// <summary>A user store that cannot do anything, standing in for a database that has gone away.</summary>
    private sealed class FailingUserStore : IUserStore<StaffMember>
    {
        private static Exception Failure() => new InvalidOperationException("The database is unavailable");

        public Task<IdentityResult> CreateAsync(StaffMember user, CancellationToken cancellationToken) => throw Failure();
        public Task<IdentityResult> DeleteAsync(StaffMember user, CancellationToken cancellationToken) => throw Failure();
        public Task<StaffMember?> FindByIdAsync(string userId, CancellationToken cancellationToken) => throw Failure();
        public Task<StaffMember?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) => throw Failure();
        public Task<string?> GetNormalizedUserNameAsync(StaffMember user, CancellationToken cancellationToken) => throw Failure();
        public Task<string> GetUserIdAsync(StaffMember user, CancellationToken cancellationToken) => throw Failure();
        public Task<string?> GetUserNameAsync(StaffMember user, CancellationToken cancellationToken) => throw Failure();
        public Task SetNormalizedUserNameAsync(StaffMember user, string? normalizedName, CancellationToken cancellationToken) => throw Failure();
        public Task SetUserNameAsync(StaffMember user, string? userName, CancellationToken cancellationToken) => throw Failure();
        public Task<IdentityResult> UpdateAsync(StaffMember user, CancellationToken cancellationToken) => throw Failure();
        public void Dispose()
        {
        }
    }
}
