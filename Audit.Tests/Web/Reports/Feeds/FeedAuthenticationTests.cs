using System.Net;
using Audit.Data.Models;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Reporting.Feeds;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Audit.Tests.Web.Audits.AuditSteps;

namespace Audit.Tests.Web.Reports.Feeds;

/// <summary>The feeds' token sign-in: Bearer or Basic, and 401 with a Basic challenge for anything else.</summary>
public sealed class FeedAuthenticationTests : IAsyncLifetime
{
    private const string Audits = "/feeds/odata/Audits";
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Theory]
    [InlineData(Audits)]
    [InlineData("/feeds/odata/$metadata")]
    [InlineData("/feeds/odata")]
    [InlineData("/feeds/csv/audits")]
    public async Task NoToken_Is401_WithABasicChallenge(string url)
    {
        await ReportPagesTests.SeedAsync(app);

        var response = await FeedClient.GetAsync(app, url, null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Basic realm=\"Audit feeds\", charset=\"UTF-8\"", response.Headers.WwwAuthenticate.ToString());
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task WrongToken_Is401()
    {
        await ReportPagesTests.SeedAsync(app);

        var response = await FeedClient.GetAsync(app, Audits, FeedClient.Basic(AccessTokens.Prefix + "not-a-token-anyone-was-given"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("Basic", "bm90IGJhc2U2NA===")]
    [InlineData("Basic", "dXNlci1vbmx5")]
    [InlineData("Basic", "dXNlcjo=")]
    [InlineData("Bearer", "")]
    [InlineData("Digest", "username=x")]
    public async Task UnreadableCredentials_Are401(string scheme, string parameter)
    {
        await ReportPagesTests.SeedAsync(app);

        var response = await FeedClient.GetAsync(app, Audits, parameter.Length == 0 ? new(scheme) : new(scheme, parameter));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AnUnknownCsvFeed_Is404()
    {
        var s = await ReportPagesTests.SeedAsync(app);
        var token = await FeedClient.IssueAsync(app, s.QaLead, s.QaLead);

        var response = await FeedClient.GetAsync(app, "/feeds/csv/staff", FeedClient.Bearer(token));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ExpiredToken_Is401()
    {
        var s = await ReportPagesTests.SeedAsync(app);
        var token = await FeedClient.IssueAsync(app, s.QaLead, s.QaLead);
        await app.DbAsync(db => db.PersonalAccessTokens.ExecuteUpdateAsync(u => u.SetProperty(t => t.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));

        var response = await FeedClient.GetAsync(app, Audits, FeedClient.Bearer(token));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task RevokedToken_Is401()
    {
        var s = await ReportPagesTests.SeedAsync(app);
        var token = await FeedClient.IssueAsync(app, s.QaLead, s.QaLead);
        Assert.Equal(HttpStatusCode.OK, (await FeedClient.GetAsync(app, Audits, FeedClient.Bearer(token))).StatusCode);
        var id = await app.DbAsync(db => db.PersonalAccessTokens.Select(t => t.Id).SingleAsync());
        await app.InScopeAsync(sp => sp.GetRequiredService<AccessTokens>().RevokeAsync(id, s.QaLead.Id));

        var response = await FeedClient.GetAsync(app, Audits, FeedClient.Bearer(token));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task DeactivatedOwnersToken_Is401()
    {
        var s = await ReportPagesTests.SeedAsync(app);
        var token = await FeedClient.IssueAsync(app, s.ServiceManager, s.QaLead);
        await app.DbAsync(db => db.Users.Where(u => u.Id == s.ServiceManager.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsActive, false)));

        var response = await FeedClient.GetAsync(app, Audits, FeedClient.Bearer(token));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task BearerAndBasic_BothWork_WithAnyUserName()
    {
        var s = await ReportPagesTests.SeedAsync(app);
        var token = await FeedClient.IssueAsync(app, s.QaLead, s.QaLead);

        var bearer = await FeedClient.GetAsync(app, Audits, FeedClient.Bearer(token));
        var basic = await FeedClient.GetAsync(app, Audits, FeedClient.Basic(token, userName: "anything at all"));

        Assert.Equal(HttpStatusCode.OK, bearer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, basic.StatusCode);
        Assert.Equal(12, (await FeedClient.RowsAsync(bearer)).Count);
        Assert.Equal(12, (await FeedClient.RowsAsync(basic)).Count);
    }

    [Fact]
    public async Task UsingAToken_RecordsWhenItWasLastUsed()
    {
        var s = await ReportPagesTests.SeedAsync(app);
        var token = await FeedClient.IssueAsync(app, s.QaLead, s.QaLead);

        await FeedClient.GetAsync(app, Audits, FeedClient.Bearer(token));

        Assert.NotNull(await app.DbAsync(db => db.PersonalAccessTokens.Select(t => t.LastUsedAt).SingleAsync()));
    }

    [Fact]
    public async Task TheSiteCookie_IsNotAcceptedOnTheFeeds()
    {
        var s = await ReportPagesTests.SeedAsync(app);
        using var lead = await SignedInAsync(app, s.QaLead);

        var (response, _) = await lead.GetAsync(Audits);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task AnAuditorsToken_CannotBeIssued()
    {
        var s = await ReportPagesTests.SeedAsync(app);

        var result = await app.InScopeAsync(sp => sp.GetRequiredService<AccessTokens>().IssueAsync(
            new IssueAccessToken(s.OtherAuditor.Id, "Mine", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10)), s.QaLead.Id, new()));

        Assert.Equal(["Blake Auditor does not see reports, so a token would read nothing"], result.Outcome.Errors.Select(e => e.Value));
        Assert.Equal(0, await app.DbAsync(db => db.PersonalAccessTokens.CountAsync()));
    }
}
