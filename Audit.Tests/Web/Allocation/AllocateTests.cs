using System.Globalization;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Audit.Tests.Web.Allocation;

public sealed class AllocateTests : IAsyncLifetime
{
    private readonly AuditAppFactory app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Allocate_ThroughThePages_ShowsTheBannerOnTheCase_AndTheAuditorsWorkload()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        var caseId = await scenario.AddCaseAsync("LCS-900001");
        using var client = AppClient.For(app);
        await client.SignInAsync(scenario.QaLead);

        var casePage = await client.GetPageAsync($"/admin/cases/{caseId}");
        var form = await client.GetPageAsync(casePage.QuerySelector("a[href$='/allocate']")!.GetAttribute("href")!);
        var options = form.QuerySelectorAll("#Input_AuditorId option").Select(o => o.TextContent.Trim()).ToList();
        var (_, page) = await client.SubmitAsync(form, Fields(scenario.OtherAuditor.Id));

        var audit = await app.DbAsync(db => db.CaseAudits.SingleAsync(a => a.CaseFileId == caseId));
        Assert.Contains("Avery Auditor (1 open audit)", options);
        Assert.Contains("Olly Auditor (0 open audits)", options);
        Assert.Equal($"Deep-dive audit AUD-{audit.Id:D6} allocated to Olly Auditor", page.SuccessBanner());
        Assert.Equal("LCS-900001", page.H1());
        Assert.Equal(scenario.OtherAuditor.Id, audit.AuditorId);
        Assert.NotNull(page.QuerySelector($"a[href='/audits/{audit.Id}']"));
    }

    [Fact]
    public async Task Allocate_WithADueDate_UsesIt()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        var caseId = await scenario.AddCaseAsync("LCS-900002");
        using var client = AppClient.For(app);
        await client.SignInAsync(scenario.QaLead);
        var due = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(40));

        var (_, page) = await client.SubmitAsync(await client.GetPageAsync($"/admin/cases/{caseId}/allocate"), Fields(scenario.OtherAuditor.Id, due));

        Assert.NotNull(page.SuccessBanner());
        Assert.Equal(due, (await app.DbAsync(db => db.CaseAudits.SingleAsync(a => a.CaseFileId == caseId))).DueDate);
    }

    [Fact]
    public async Task Allocate_ToThePractitionerOnTheCase_IsRefused()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        // Jo Colleague practises and audits: this case is on Jo's own caseload.
        var caseId = await scenario.AddCaseAsync("LCS-900003", scenario.OtherPractitioner);

        var page = await RefusedAsync(scenario, caseId, scenario.OtherPractitioner.Id);

        Assert.Equal("Jo Colleague is the practitioner on this case, so cannot audit it", page.FieldError("Input_AuditorId"));
    }

    [Fact]
    public async Task Allocate_ToTheTeamManager_IsRefused()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        var caseId = await scenario.AddCaseAsync("LCS-900004");

        var page = await RefusedAsync(scenario, caseId, scenario.TeamManager.Id);

        Assert.Equal("Toni Manager manages the practitioner's team, so cannot audit this case", page.FieldError("Input_AuditorId"));
    }

    [Fact]
    public async Task Allocate_ToSomeoneInTheSameTeam_IsRefused()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        var caseId = await scenario.AddCaseAsync("LCS-900005");

        var page = await RefusedAsync(scenario, caseId, scenario.OtherPractitioner.Id);

        Assert.Equal("Jo Colleague works in the same team as the practitioner, so cannot audit this case", page.FieldError("Input_AuditorId"));
    }

    [Fact]
    public async Task Allocate_ToSomeoneWhoIsNotAnAuditor_IsRefused()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        var caseId = await scenario.AddCaseAsync("LCS-900006");

        var page = await RefusedAsync(scenario, caseId, scenario.Outsider.Id);

        Assert.Equal("Select an auditor from the list", page.FieldError("Input_AuditorId"));
    }

    [Fact]
    public async Task Allocate_WithADueDateInThePast_IsRefused()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        var caseId = await scenario.AddCaseAsync("LCS-900007");

        var page = await RefusedAsync(scenario, caseId, scenario.OtherAuditor.Id, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-3)));

        Assert.Equal("Enter a due date in the future", page.FieldError("Input_DueDate"));
        Assert.Contains("Enter a due date in the future", page.ErrorSummary());
    }

    [Fact]
    public async Task Allocate_WithAnImpossibleDate_AsksForARealDate()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        var caseId = await scenario.AddCaseAsync("LCS-900008");
        using var client = AppClient.For(app);
        await client.SignInAsync(scenario.QaLead);
        var form = await client.GetPageAsync($"/admin/cases/{caseId}/allocate");

        var (_, page) = await client.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.AuditorId"] = scenario.OtherAuditor.Id,
            ["Input.DueDate.Day"] = "31",
            ["Input.DueDate.Month"] = "2",
            ["Input.DueDate.Year"] = "2030",
        });

        Assert.Equal("Enter a real date", page.FieldError("Input_DueDate"));
        Assert.Equal("31", page.QuerySelector("#Input_DueDate")?.GetAttribute("value"));
        Assert.False(await app.DbAsync(db => db.CaseAudits.AnyAsync(a => a.CaseFileId == caseId)));
    }

    [Fact]
    public async Task Allocate_ACaseThatHasAnOpenAudit_IsRefused()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var client = AppClient.For(app);
        await client.SignInAsync(scenario.QaLead);

        var casePage = await client.GetPageAsync($"/admin/cases/{scenario.CaseFileId}");
        var (_, page) = await client.SubmitAsync(await client.GetPageAsync($"/admin/cases/{scenario.CaseFileId}/allocate"), Fields(scenario.OtherAuditor.Id));

        Assert.Null(casePage.QuerySelector("a[href$='/allocate']"));
        Assert.Contains($"Case {await ReferenceAsync(scenario.CaseFileId)} already has an open audit", page.ErrorSummary());
        Assert.Equal(1, await app.DbAsync(db => db.CaseAudits.CountAsync(a => a.CaseFileId == scenario.CaseFileId)));
    }

    [Fact]
    public async Task AllocatePages_AreForQaLeadsOnly()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var client = AppClient.For(app);
        await client.SignInAsync(scenario.Auditor);

        var (response, _) = await client.GetAsync($"/admin/cases/{scenario.CaseFileId}/allocate");

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> RefusedAsync(AuditScenario scenario, int caseId, string auditorId, DateOnly? due = null)
    {
        using var client = AppClient.For(app);
        await client.SignInAsync(scenario.QaLead);
        var (response, page) = await client.SubmitAsync(await client.GetPageAsync($"/admin/cases/{caseId}/allocate"), Fields(auditorId, due));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Allocate an audit", page.H1());
        Assert.False(await app.DbAsync(db => db.CaseAudits.AnyAsync(a => a.CaseFileId == caseId)));
        return page;
    }

    private Task<string> ReferenceAsync(int caseId) => app.DbAsync(db => db.CaseFiles.Where(c => c.Id == caseId).Select(c => c.Reference).SingleAsync());

    private static Dictionary<string, string> Fields(string auditorId, DateOnly? due = null) => new()
    {
        ["Input.AuditorId"] = auditorId,
        ["Input.DueDate.Day"] = due?.Day.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        ["Input.DueDate.Month"] = due?.Month.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        ["Input.DueDate.Year"] = due?.Year.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
