using System.Globalization;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Tests.Web.Conversations;
using Audit.Workflows.DeepDive;
using Microsoft.EntityFrameworkCore;
using static Audit.Tests.Web.Audits.AuditSteps;

namespace Audit.Tests.Web.Audits;

/// <summary>One form per workflow trigger, posted as a browser would: happy paths, GOV.UK errors and refusals.</summary>
public sealed class AuditFormTests(AuditAppFactory app) : IClassFixture<AuditAppFactory>
{
    private static readonly DateOnly NextYear = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1);

    private static Dictionary<string, string> Date(string field, DateOnly date) => new()
    {
        [$"Input.{field}.Day"] = date.Day.ToString(CultureInfo.InvariantCulture),
        [$"Input.{field}.Month"] = date.Month.ToString(CultureInfo.InvariantCulture),
        [$"Input.{field}.Year"] = date.Year.ToString(CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task Start_ByTheAuditor_StartsTheAudit()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var auditor = await SignedInAsync(app, scenario.Auditor);
        var form = await auditor.GetPageAsync($"/audits/{scenario.AuditId}/start");

        var (_, page) = await auditor.SubmitAsync(form, new Dictionary<string, string>());

        Assert.Equal("You have started the audit", page.SuccessBanner());
        Assert.Equal("In progress", page.State());
        Assert.Equal(["Submit audit", "Ask for more time"], page.ActionButtons());
    }

    [Fact]
    public async Task Start_OpenedWhenAlreadyStarted_SaysWhyNot()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.InProgress);
        using var auditor = await SignedInAsync(app, scenario.Auditor);

        var page = await auditor.GetPageAsync($"/audits/{scenario.AuditId}/start");

        Assert.Equal("This audit is in progress: you cannot start audit now", page.Value("#refusal"));
        Assert.Null(page.QuerySelector("main form"));
    }

    [Fact]
    public async Task Moderate_ChangingTheGrade_RecordsTheNewGradeAndRationale()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingModeration);
        using var moderator = await SignedInAsync(app, scenario.Moderator);
        var form = await moderator.GetPageAsync($"/audits/{scenario.AuditId}/moderate");

        var (_, page) = await moderator.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Outcome"] = nameof(Grade.RequiresImprovement),
            ["Input.Rationale"] = "The plan is weak but the child is safe",
        });

        Assert.Equal("You have changed the grade to Requires improvement to be good", page.SuccessBanner());
        Assert.Equal("Requires improvement to be good", page.Value("#audit-final-grade"));
        Assert.Equal("The plan is weak but the child is safe", page.Value("#audit-moderation-rationale"));
    }

    [Fact]
    public async Task Moderate_WithNoDecision_ListsEveryProblem_KeepingWhatWasTyped()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingModeration);
        using var moderator = await SignedInAsync(app, scenario.Moderator);
        var form = await moderator.GetPageAsync($"/audits/{scenario.AuditId}/moderate");

        var (_, page) = await moderator.SubmitAsync(form, new Dictionary<string, string> { ["Input.Rationale"] = "Looked again" });

        Assert.Equal(["Select your decision on the overall grade"], page.ErrorSummary());
        Assert.Equal("Select your decision on the overall grade", page.FieldError("Input_Outcome"));
        Assert.Equal("Looked again", page.Value("#Input_Rationale"));
        Assert.Empty(page.QuerySelectorAll("[aria-expanded], [data-aria-controls], .govuk-radios__conditional"));
    }

    [Fact]
    public async Task CoSign_ByTheAssistantDirector_ClosesAnAuditWithNoActions()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingCoSign);
        using var director = await SignedInAsync(app, scenario.AssistantDirector);
        var form = await director.GetPageAsync($"/audits/{scenario.AuditId}/co-sign");

        var (_, page) = await director.SubmitAsync(form, new Dictionary<string, string> { ["Input.Decision"] = "CoSign", ["Input.Comment"] = "Agreed: strong practice" });

        Assert.Equal("You have co-signed the audit", page.SuccessBanner());
        Assert.Equal("Closed", page.State());
    }

    [Fact]
    public async Task ScheduleConversation_WithDateTimesAndPlace_ShowsItInUkTime()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingReflectiveConversation);
        using var manager = await SignedInAsync(app, scenario.ServiceManager);
        var day = await ConversationSteps.WorkingDayAsync(app, 5);

        var page = await ConversationSteps.ScheduleAsync(manager, scenario, day, "2:30pm", "3:30pm", "Room 4, Town Hall");

        Assert.Equal("You have scheduled the reflective conversation and sent the invitations", page.SuccessBanner());
        Assert.Equal($"{day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} at 2:30pm, Room 4, Town Hall", page.Value("#audit-conversation"));
        var stored = (await scenario.AuditAsync()).ConversationScheduledFor!.Value;
        Assert.Equal(ConversationSteps.Uk(day, 14, 30), stored.ToUniversalTime());
    }

    [Fact]
    public async Task ScheduleConversation_WithAnImpossibleDateAndTime_SaysSo_KeepingWhatWasTyped()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingReflectiveConversation);
        using var manager = await SignedInAsync(app, scenario.ServiceManager);
        var form = await manager.GetPageAsync($"/audits/{scenario.AuditId}/schedule-conversation");

        var (_, page) = await manager.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Date.Day"] = "31",
            ["Input.Date.Month"] = "2",
            ["Input.Date.Year"] = NextYear.Year.ToString(CultureInfo.InvariantCulture),
            ["Input.StartTime"] = "25:00",
            ["Input.EndTime"] = "15:30",
            ["Input.Location"] = "Room 4",
        });

        Assert.Equal(["Enter a real date", "Enter a real time, like 14:30"], page.ErrorSummary());
        Assert.Equal("31", page.Value("#Input_Date"));
        Assert.Equal("25:00", page.Value("#Input_StartTime"));
        Assert.Equal("#Input_Date", page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task RecordConversation_ByTheServiceManager_HeldElsewhere_RecordsTheLearning()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingReflectiveConversation);
        using var manager = await SignedInAsync(app, scenario.ServiceManager);
        var form = await manager.GetPageAsync($"/audits/{scenario.AuditId}/record-conversation");

        var today = Audit.Workflows.Common.UkTime.Today(TimeProvider.System);
        var fields = new Dictionary<string, string>(ConversationSteps.Date("HeldOn", today))
        {
            ["Input.Learning"] = "Chronologies every three months",
            ["Input.EarlierReason"] = "Held in supervision before it was scheduled",
        };
        foreach (var (key, value) in ConversationSteps.AgreedAction(0, "Update the chronology", scenario.Practitioner.Id, today.AddDays(30)))
        {
            fields[key] = value;
        }

        var (_, page) = await manager.SubmitAsync(form, fields);

        Assert.Equal("You have recorded the reflective conversation", page.SuccessBanner());
        Assert.Equal("Chronologies every three months", page.Value("#audit-learning"));
        Assert.Null(form.QuerySelector("#Input_PractitionerReflections"));
        Assert.Equal("Actions outstanding", page.State());
    }

    [Fact]
    public async Task CompleteAction_ByItsOwner_FromTheAuditPage_AwaitsConfirmation()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.ActionsOutstanding);
        var actionId = (await scenario.AuditAsync()).Actions.Single().Id;
        using var owner = await SignedInAsync(app, scenario.TeamManager);
        var audit = await owner.GetPageAsync($"/audits/{scenario.AuditId}");
        var action = await owner.GetPageAsync(audit.QuerySelector("#audit-actions-table a")!.GetAttribute("href")!);

        var (_, page) = await owner.SubmitAsync(await owner.GetPageAsync($"/actions/{actionId}/complete"),
            new Dictionary<string, string> { ["Input.Evidence"] = "Plan updated at review" });

        Assert.Equal($"/actions/{actionId}", new Uri(action.Url).AbsolutePath);
        Assert.Equal("You have marked the action as complete. The auditor or the team manager will confirm it", page.SuccessBanner());
        Assert.Equal("Plan updated at review", page.QuerySelector("#action-evidence")!.ChildNodes[0].TextContent.Trim());
        var after = await owner.GetPageAsync($"/audits/{scenario.AuditId}");
        Assert.Equal("Actions outstanding", after.State());
        Assert.Contains("Plan updated at review", after.QuerySelector("#audit-actions-table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reallocate_ToAnotherAuditor_WithANewDueDate()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var lead = await SignedInAsync(app, scenario.QaLead);
        var form = await lead.GetPageAsync($"/audits/{scenario.AuditId}/reallocate");

        var (_, page) = await lead.SubmitAsync(form, new Dictionary<string, string>(Date("DueDate", NextYear))
        {
            ["Input.AuditorId"] = scenario.OtherAuditor.Id,
        });

        Assert.Equal("You have reallocated the audit", page.SuccessBanner());
        Assert.Equal("Olly Auditor", page.Value("#audit-auditor"));
        Assert.Equal(NextYear.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), page.Value("#audit-due-date"));
    }

    [Fact]
    public async Task Reallocate_ToTheTeamManagerOfTheCase_SaysWhyNot()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var lead = await SignedInAsync(app, scenario.QaLead);
        var form = await lead.GetPageAsync($"/audits/{scenario.AuditId}/reallocate");

        var (_, page) = await lead.SubmitAsync(form, new Dictionary<string, string> { ["Input.AuditorId"] = scenario.TeamManager.Id });

        Assert.Equal(["Toni Manager manages the practitioner's team, so cannot audit this case"], page.ErrorSummary());
        Assert.Equal("Avery Auditor", (await lead.GetPageAsync($"/audits/{scenario.AuditId}")).Value("#audit-auditor"));
    }

    [Fact]
    public async Task Extend_ToALaterDate_WithAReason()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var lead = await SignedInAsync(app, scenario.QaLead);
        var form = await lead.GetPageAsync($"/audits/{scenario.AuditId}/extend");

        var (_, page) = await lead.SubmitAsync(form, new Dictionary<string, string>(Date("DueDate", NextYear))
        {
            ["Input.Reason"] = "Auditor on leave",
        });

        Assert.Equal("You have extended the due date", page.SuccessBanner());
        Assert.Equal(NextYear.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), page.Value("#audit-due-date"));
        Assert.Contains("Auditor on leave", page.QuerySelector("#audit-history")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("31", "2", "2030", "Enter a real date")]
    [InlineData("", "6", "2030", "The due date must include a day")]
    [InlineData("1", "1", "2020", "Enter a due date later than the current one and in the future")]
    [InlineData("", "", "", "Enter the new due date")]
    public async Task Extend_WithABadDate_ShowsTheGovUkMessage(string day, string month, string year, string message)
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var lead = await SignedInAsync(app, scenario.QaLead);
        var form = await lead.GetPageAsync($"/audits/{scenario.AuditId}/extend");

        var (_, page) = await lead.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.DueDate.Day"] = day,
            ["Input.DueDate.Month"] = month,
            ["Input.DueDate.Year"] = year,
            ["Input.Reason"] = "Auditor on leave",
        });

        Assert.Equal([message], page.ErrorSummary());
        Assert.Equal(message, page.FieldError("Input_DueDate"));
        Assert.Equal("Auditor on leave", page.Value("#Input_Reason"));
    }

    [Fact]
    public async Task Cancel_WithAReason_CancelsTheAudit()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var lead = await SignedInAsync(app, scenario.QaLead);
        var form = await lead.GetPageAsync($"/audits/{scenario.AuditId}/cancel");

        var (_, page) = await lead.SubmitAsync(form, new Dictionary<string, string> { ["Input.Reason"] = "Case closed to children's services" });

        Assert.Equal("You have cancelled the audit", page.SuccessBanner());
        Assert.Equal("Cancelled", page.State());
        Assert.Empty(page.ActionButtons());
    }

    [Fact]
    public async Task Cancel_WithoutAReason_AsksForOne()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        using var lead = await SignedInAsync(app, scenario.QaLead);
        var form = await lead.GetPageAsync($"/audits/{scenario.AuditId}/cancel");

        var (_, page) = await lead.SubmitAsync(form, new Dictionary<string, string> { ["Input.Reason"] = " " });

        Assert.Equal(["Enter the reason for cancelling the audit"], page.ErrorSummary());
        Assert.Equal(AuditState.Allocated, (await scenario.AuditAsync()).State);
    }

    [Fact]
    public async Task Moderation_WhenTwoModeratorsSubmitAtOnce_OneWins_TheOtherSeesTheConflictWithTheirTextKept()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.ToStateAsync(AuditState.AwaitingModeration);
        var secondModerator = await TestData.AStaffMember().Named("Mo Second").WithRoles(Roles.PracticeImprovementManager).CreateAsync(app);
        using var first = await SignedInAsync(app, scenario.Moderator);
        using var second = await SignedInAsync(app, secondModerator);
        var firstForm = await first.GetPageAsync($"/audits/{scenario.AuditId}/moderate");
        var secondForm = await second.GetPageAsync($"/audits/{scenario.AuditId}/moderate");

        var (_, won) = await first.SubmitAsync(firstForm, new Dictionary<string, string>
        {
            ["Input.Outcome"] = "Agree",
            ["Input.Rationale"] = "Inadequate is right",
        });
        var (_, lost) = await second.SubmitAsync(secondForm, new Dictionary<string, string>
        {
            ["Input.Outcome"] = nameof(Grade.RequiresImprovement),
            ["Input.Rationale"] = "My second view of the evidence",
        });

        Assert.Equal("You have agreed the grade", won.SuccessBanner());
        // Told what happened (the audit has gone on to the assistant director), with what they chose and typed kept.
        Assert.Equal(["This audit was changed by someone else: This audit is awaiting co-sign: you cannot change grade now"], lost.ErrorSummary());
        Assert.Equal("My second view of the evidence", lost.Value("#Input_Rationale"));
        Assert.NotNull(lost.QuerySelector($"input[name='Input.Outcome'][value='{nameof(Grade.RequiresImprovement)}'][checked]"));
        Assert.Equal((await scenario.VersionAsync()).ToString(CultureInfo.InvariantCulture), lost.Value("input[name=Version]"));
        var moderations = await app.DbAsync(db => db.AuditHistory.CountAsync(h => h.CaseAuditId == scenario.AuditId
            && (h.Trigger == nameof(AuditTrigger.AgreeGrade) || h.Trigger == nameof(AuditTrigger.ChangeGrade) || h.Trigger == nameof(AuditTrigger.ReturnToAuditor))));
        Assert.Equal(1, moderations);
    }

    [Fact]
    public async Task Extend_AfterAConflict_SucceedsWhenSubmittedAgain()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        var otherLead = await TestData.AQaLead().Named("Lee Second").CreateAsync(app);
        using var lead = await SignedInAsync(app, scenario.QaLead);
        using var other = await SignedInAsync(app, otherLead);
        var staleForm = await lead.GetPageAsync($"/audits/{scenario.AuditId}/extend");
        var otherForm = await other.GetPageAsync($"/audits/{scenario.AuditId}/extend");
        await other.SubmitAsync(otherForm, new Dictionary<string, string>(Date("DueDate", NextYear)) { ["Input.Reason"] = "Leave" });

        var (_, conflict) = await lead.SubmitAsync(staleForm, new Dictionary<string, string>(Date("DueDate", NextYear.AddDays(7))) { ["Input.Reason"] = "Sickness" });
        var (_, page) = await lead.SubmitAsync(conflict, new Dictionary<string, string>(Date("DueDate", NextYear.AddDays(7))) { ["Input.Reason"] = "Sickness" });

        Assert.Equal([Audit.Workflows.DeepDive.Commands.AuditCommands.ConflictMessage], conflict.ErrorSummary());
        Assert.Equal("Sickness", conflict.Value("#Input_Reason"));
        Assert.Equal(NextYear.AddDays(7).Day.ToString(CultureInfo.InvariantCulture), conflict.Value("#Input_DueDate"));
        Assert.Equal("You have extended the due date", page.SuccessBanner());
        Assert.Equal(NextYear.AddDays(7).ToString("d MMMM yyyy", CultureInfo.InvariantCulture), page.Value("#audit-due-date"));
    }
}
