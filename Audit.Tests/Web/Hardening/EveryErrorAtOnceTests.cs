using System.Net;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Audit.Tests.Web.Audits.AuditSteps;

namespace Audit.Tests.Web.Hardening;

/// <summary>A date that is not a date is reported with every other problem on the form, in one summary, and nothing is saved.</summary>
public sealed class EveryErrorAtOnceTests(AuditAppFactory app) : IClassFixture<AuditAppFactory>
{
    private static Dictionary<string, string> ImpossibleDate(string field) => new()
    {
        [$"Input.{field}.Day"] = "31",
        [$"Input.{field}.Month"] = "2",
        [$"Input.{field}.Year"] = DateTime.UtcNow.AddYears(1).Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task Reallocate_WithNoAuditorAndAnImpossibleDate_ListsBoth()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var lead = await SignedInAsync(app, scenario.QaLead);
        var form = await lead.GetPageAsync($"/audits/{scenario.AuditId}/reallocate");

        var (_, page) = await lead.SubmitAsync(form, ImpossibleDate("DueDate"));

        Assert.Equal(["Select an auditor from the list", "Enter a real date"], page.ErrorSummary());
        Assert.Equal(scenario.Auditor.Id, (await scenario.AuditAsync()).AuditorId);
    }

    [Fact]
    public async Task Extend_WithAnImpossibleDateAndNoReason_ListsBoth()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        var before = (await scenario.AuditAsync()).DueDate;
        using var lead = await SignedInAsync(app, scenario.QaLead);
        var form = await lead.GetPageAsync($"/audits/{scenario.AuditId}/extend");

        var (_, page) = await lead.SubmitAsync(form, ImpossibleDate("DueDate"));

        Assert.Equal(["Enter a real date", "Enter the reason for the extension"], page.ErrorSummary());
        Assert.Equal(before, (await scenario.AuditAsync()).DueDate);
    }

    [Fact]
    public async Task Allocate_ACaseWithAnOpenAudit_AndAnImpossibleDate_ListsBoth()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var lead = await SignedInAsync(app, scenario.QaLead);
        var form = await lead.GetPageAsync($"/admin/cases/{scenario.CaseFileId}/allocate");

        var (_, page) = await lead.SubmitAsync(form, new Dictionary<string, string>(ImpossibleDate("DueDate")) { ["Input.AuditorId"] = scenario.OtherAuditor.Id });

        var errors = page.ErrorSummary();
        Assert.Equal(2, errors.Count);
        Assert.EndsWith("already has an open audit", errors[0], StringComparison.Ordinal);
        Assert.Equal("Enter a real date", errors[1]);
        Assert.Equal(1, await app.DbAsync(db => db.CaseAudits.CountAsync(a => a.CaseFileId == scenario.CaseFileId)));
    }

    [Fact]
    public async Task CorrectiveAction_WithNothingButAnImpossibleDate_ListsEveryField()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.StartAsync();
        using var auditor = await SignedInAsync(app, scenario.Auditor);
        var form = await auditor.GetPageAsync($"/audits/{scenario.AuditId}/record/actions");

        var (_, page) = await auditor.SubmitAsync(form, ImpossibleDate("DueDate"), "#action-form");

        Assert.Equal(4, page.ErrorSummary().Count);
        Assert.NotNull(page.FieldError("Input_Description"));
        Assert.NotNull(page.FieldError("Input_For"));
        Assert.NotNull(page.FieldError("Input_OwnerId"));
        Assert.Equal("Enter a real date", page.FieldError("Input_DueDate"));
        Assert.Equal("Enter a real date", page.ErrorSummary()[^1]);
        Assert.False(await app.DbAsync(db => db.AuditActions.AnyAsync(a => a.CaseAuditId == scenario.AuditId)));
    }

    [Fact]
    public async Task ScheduleConversation_WithAnImpossibleDateAndNoPlace_ListsBoth()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingReflectiveConversation);
        using var manager = await SignedInAsync(app, scenario.ServiceManager);
        var form = await manager.GetPageAsync($"/audits/{scenario.AuditId}/schedule-conversation");

        var (response, page) = await manager.SubmitAsync(form, new Dictionary<string, string>(ImpossibleDate("Date")) { ["Input.StartTime"] = "14:30", ["Input.EndTime"] = "15:30" });

        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(["Enter a real date", "Enter where the conversation will be held, or how to join it"], page.ErrorSummary());
        Assert.Null((await scenario.AuditAsync()).ConversationScheduledFor);
    }

    [Fact]
    public async Task BankHoliday_WithAnImpossibleDateAndNoName_ListsBoth()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var lead = await SignedInAsync(app, scenario.QaLead);
        var form = await lead.GetPageAsync("/admin/settings/bank-holidays");

        var (_, page) = await lead.SubmitAsync(form, ImpossibleDate("Date"), "#add-holiday");

        Assert.Equal(["Enter a real date", "Enter the name of the holiday"], page.ErrorSummary());
    }
}
