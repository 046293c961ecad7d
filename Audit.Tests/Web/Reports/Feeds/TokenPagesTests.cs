using System.Net;
using AngleSharp.Html.Dom;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Reporting.Feeds;
using Microsoft.EntityFrameworkCore;
using static Audit.Tests.Web.Audits.AuditSteps;

namespace Audit.Tests.Web.Reports.Feeds;

/// <summary>The QA lead's token pages: issue (the token shown once, stored only as a hash), list and revoke.</summary>
public sealed class TokenPagesTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Issue_ShowsTheTokenOnce_AndStoresOnlyItsHash()
    {
        var s = await ReportPagesTests.SeedAsync(app);
        using var lead = await SignedInAsync(app, s.QaLead);

        var issued = await IssueAsync(lead, s.ServiceManager, "Power BI board pack", DateTime.UtcNow.AddDays(60));
        var token = issued.QuerySelector("#token")!.TextContent.Trim();

        Assert.Equal("Token issued", issued.H1());
        Assert.Equal("https://localhost/feeds/odata", issued.QuerySelector("#odata-url")?.TextContent.Trim());
        Assert.StartsWith(AccessTokens.Prefix, token, StringComparison.Ordinal);
        var stored = await app.DbAsync(db => db.PersonalAccessTokens.SingleAsync());
        Assert.Equal(AccessTokens.Hash(token), stored.TokenHash);
        Assert.Equal(64, stored.TokenHash.Length);
        Assert.DoesNotContain(token, string.Join("|", stored.Name, stored.TokenHash, stored.OwnerId, stored.CreatedById), StringComparison.Ordinal);
        var list = await lead.GetPageAsync("/admin/tokens");
        Assert.Contains("Power BI board pack", list.QuerySelector("#tokens")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(token, list.Text(), StringComparison.Ordinal);
        var issuedEvent = await app.DbAsync(db => db.AccountEvents.SingleAsync(e => e.Kind == AccountEventKind.AccessTokenIssued));
        Assert.Equal((s.ServiceManager.Id, s.QaLead.Id), (issuedEvent.StaffMemberId, issuedEvent.ActorId));
        Assert.DoesNotContain(token, issuedEvent.Detail ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await FeedClient.GetAsync(app, "/feeds/odata/Audits", FeedClient.Basic(token))).StatusCode);
    }

    [Fact]
    public async Task Issue_WithNothingEntered_ListsEveryProblemAtOnce()
    {
        var s = await ReportScenario.CreateAsync(app);
        using var lead = await SignedInAsync(app, s.QaLead);
        var page = await lead.GetPageAsync("/admin/tokens/issue");

        var (response, answer) = await lead.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.OwnerId"] = string.Empty, ["Input.Name"] = " ",
            ["Input.ExpiresOn.Day"] = string.Empty, ["Input.ExpiresOn.Month"] = string.Empty, ["Input.ExpiresOn.Year"] = string.Empty,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Select who the token is for", "Enter a name for the token", "Enter the date the token expires"], answer.ErrorSummary());
        Assert.Equal(0, await app.DbAsync(db => db.PersonalAccessTokens.CountAsync()));
    }

    [Fact]
    public async Task Issue_MoreThanAYearAhead_OrAnUnreadableDate_IsRefused()
    {
        var s = await ReportScenario.CreateAsync(app);
        using var lead = await SignedInAsync(app, s.QaLead);

        var tooLate = await IssueAsync(lead, s.ServiceManager, "Too long", DateTime.UtcNow.AddDays(400));
        var page = await lead.GetPageAsync("/admin/tokens/issue");
        var (_, unreadable) = await lead.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.OwnerId"] = s.ServiceManager.Id, ["Input.Name"] = "Odd date",
            ["Input.ExpiresOn.Day"] = "31", ["Input.ExpiresOn.Month"] = "2", ["Input.ExpiresOn.Year"] = "2027",
        });

        Assert.Single(tooLate.ErrorSummary());
        Assert.StartsWith("The expiry date must be between today and ", tooLate.ErrorSummary()[0], StringComparison.Ordinal);
        Assert.Equal(["Enter a real date"], unreadable.ErrorSummary());
        Assert.Equal(0, await app.DbAsync(db => db.PersonalAccessTokens.CountAsync()));
    }

    [Fact]
    public async Task Revoke_AsksFirst_ThenTheTokenStopsWorking()
    {
        var s = await ReportPagesTests.SeedAsync(app);
        using var lead = await SignedInAsync(app, s.QaLead);
        var token = (await IssueAsync(lead, s.ServiceManager, "Excel", DateTime.UtcNow.AddDays(30))).QuerySelector("#token")!.TextContent.Trim();
        var id = await app.DbAsync(db => db.PersonalAccessTokens.Select(t => t.Id).SingleAsync());

        var confirm = await lead.GetPageAsync($"/admin/tokens/{id}/revoke");
        Assert.Equal("Revoke ‘Excel’ for Sasha Manager?", confirm.H1());
        Assert.Equal(HttpStatusCode.OK, (await FeedClient.GetAsync(app, "/feeds/csv/audits", FeedClient.Bearer(token))).StatusCode);
        var (_, list) = await lead.SubmitAsync(confirm, new Dictionary<string, string>());

        Assert.Equal("You revoked ‘Excel’ for Sasha Manager. It no longer works.", list.SuccessBanner());
        Assert.Equal("Revoked", list.QuerySelector($"#tokens [data-token-id='{id}'] .govuk-tag")?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Unauthorized, (await FeedClient.GetAsync(app, "/feeds/csv/audits", FeedClient.Bearer(token))).StatusCode);
        Assert.Equal(1, await app.DbAsync(db => db.AccountEvents.CountAsync(e => e.Kind == AccountEventKind.AccessTokenRevoked && e.ActorId == s.QaLead.Id)));
    }

    [Theory]
    [InlineData("/admin/tokens")]
    [InlineData("/admin/tokens/issue")]
    [InlineData("/admin/tokens/1/revoke")]
    public async Task TokenPages_AreOnlyForQaLeads(string url)
    {
        var s = await ReportScenario.CreateAsync(app);
        using var manager = await SignedInAsync(app, s.ServiceManager);

        var (response, _) = await manager.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task<IHtmlDocument> IssueAsync(AppClient lead, TestStaff owner, string name, DateTime expires)
    {
        var page = await lead.GetPageAsync("/admin/tokens/issue");
        var (_, answer) = await lead.SubmitAsync(page, new Dictionary<string, string>
        {
            ["Input.OwnerId"] = owner.Id,
            ["Input.Name"] = name,
            ["Input.ExpiresOn.Day"] = expires.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.ExpiresOn.Month"] = expires.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.ExpiresOn.Year"] = expires.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        return answer;
    }
}
