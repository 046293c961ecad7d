using System.Globalization;
using System.Net;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Audit.Tests.Web.Audits.AuditSteps;

namespace Audit.Tests.Web.Actions;

/// <summary>The actions pages over real HTTP: the owner completes, the confirmer confirms, and each person sees only the actions their roles give them.</summary>
public sealed class ActionPagesTests(AuditAppFactory app) : IClassFixture<AuditAppFactory>
{
    private static async Task<(AuditScenario Scenario, int ActionId)> WithAnOpenActionAsync(AuditAppFactory app, Func<AuditScenario, TestStaff>? owner = null)
    {
        var scenario = await AuditScenario.CreateAsync(app);
        if (owner is not null)
        {
            await AllowAsOwnerAsync(app, owner(scenario));
            await scenario.AddActionAsync(owner(scenario).Id, "Share the learning at the team meeting");
        }

        await scenario.ToStateAsync(AuditState.ActionsOutstanding);
        var actions = (await scenario.AuditAsync()).Actions;
        return (scenario, actions.First(a => a.OwnerId == (owner?.Invoke(scenario) ?? scenario.TeamManager).Id).Id);
    }

    private static Task AllowAsOwnerAsync(AuditAppFactory app, TestStaff staff) =>
        app.DbAsync(async db =>
        {
            var person = await db.Users.SingleAsync(u => u.Id == staff.Id);
            person.MayOwnActions = true;
            return await db.SaveChangesAsync();
        });

    [Fact]
    public async Task OwnerCompletes_AuditorConfirms_AndTheAuditCloses()
    {
        var (scenario, actionId) = await WithAnOpenActionAsync(app);
        using var owner = await SignedInAsync(app, scenario.TeamManager);
        using var auditor = await SignedInAsync(app, scenario.Auditor);

        var ownersView = await owner.GetPageAsync($"/actions/{actionId}");
        var missing = await owner.SubmitAsync(await owner.GetPageAsync($"/actions/{actionId}/complete"), new Dictionary<string, string> { ["Input.Evidence"] = "" });
        var (_, completed) = await owner.SubmitAsync(await owner.GetPageAsync($"/actions/{actionId}/complete"),
            new Dictionary<string, string> { ["Input.Evidence"] = "Plan updated at the review" });
        var (_, confirmed) = await auditor.SubmitAsync(await auditor.GetPageAsync($"/actions/{actionId}/confirm"), new Dictionary<string, string>());

        Assert.Equal(["Record progress", "Mark as complete"], ownersView.QuerySelectorAll("#action-steps .govuk-button").Select(b => b.TextContent.Trim()));
        Assert.Equal("Enter a note of the evidence that the action is done", missing.Document.FieldError("Input_Evidence"));
        Assert.Equal("Awaiting confirmation", completed.QuerySelector("#action-status")!.TextContent.Trim());
        Assert.Equal("You have confirmed the action", confirmed.SuccessBanner());
        Assert.Equal("Confirmed", confirmed.QuerySelector("#action-status")!.TextContent.Trim());
        Assert.Equal("Closed", (await auditor.GetPageAsync($"/audits/{scenario.AuditId}")).State());
    }

    [Fact]
    public async Task ConfirmPage_ForTheOwnerWhoCompletedIt_SaysWhyNot()
    {
        var (scenario, actionId) = await WithAnOpenActionAsync(app);
        using var owner = await SignedInAsync(app, scenario.TeamManager);
        await owner.SubmitAsync(await owner.GetPageAsync($"/actions/{actionId}/complete"), new Dictionary<string, string> { ["Input.Evidence"] = "Done" });

        var page = await owner.GetPageAsync($"/actions/{actionId}/confirm");

        Assert.Equal(Audit.Workflows.Actions.ActionPolicy.NotYourOwnCompletion, page.QuerySelector("#refusal")!.TextContent.Trim());
    }

    [Fact]
    public async Task ActionOwnerOutsideTheAuditsScope_SeesOnlyTheAction_AndTheAuditIsNotFound()
    {
        var (scenario, actionId) = await WithAnOpenActionAsync(app, s => s.Outsider);
        using var outsider = await SignedInAsync(app, scenario.Outsider);

        var audit = await outsider.GetAsync($"/audits/{scenario.AuditId}");
        var section = await outsider.GetAsync($"/audits/{scenario.AuditId}/record");
        var action = await outsider.GetPageAsync($"/actions/{actionId}");
        var (_, completed) = await outsider.SubmitAsync(await outsider.GetPageAsync($"/actions/{actionId}/complete"),
            new Dictionary<string, string> { ["Input.Evidence"] = "Shared on 4 March" });

        Assert.Equal(HttpStatusCode.NotFound, audit.Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, section.Response.StatusCode);
        Assert.Equal($"AUD-{scenario.AuditId:D6}", action.QuerySelector("#action-audit")!.TextContent.Trim());
        Assert.Null(action.QuerySelector("#action-audit a"));
        var caseReference = await app.DbAsync(db => db.CaseFiles.Where(c => c.Id == scenario.CaseFileId).Select(c => c.Reference).SingleAsync());
        Assert.DoesNotContain(caseReference, action.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("Update the child's plan", action.Text(), StringComparison.Ordinal); // another owner's action
        Assert.Equal("You have marked the action as complete. The auditor or the team manager will confirm it", completed.SuccessBanner());
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/audits/{scenario.AuditId}")).Response.StatusCode);
    }

    [Fact]
    public async Task OwnerList_OffersStaffTheQaLeadAllows_AndRefusesAnyoneElse()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await AllowAsOwnerAsync(app, scenario.OtherAuditor);
        await scenario.StartAsync();
        using var auditor = await SignedInAsync(app, scenario.Auditor);
        var form = await auditor.GetPageAsync($"/audits/{scenario.AuditId}/record/actions");
        var due = DateTime.UtcNow.AddMonths(1);

        var offered = form.QuerySelectorAll("select[name='Input.OwnerId'] option").Select(o => o.GetAttribute("value")).ToList();
        var (_, page) = await auditor.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Description"] = "Review the plan", ["Input.For"] = "Child", ["Input.OwnerId"] = scenario.Outsider.Id,
            ["Input.DueDate.Day"] = "1", ["Input.DueDate.Month"] = due.Month.ToString(CultureInfo.InvariantCulture),
            ["Input.DueDate.Year"] = due.Year.ToString(CultureInfo.InvariantCulture),
        }, "#action-form");

        Assert.Contains(scenario.OtherAuditor.Id, offered);
        Assert.DoesNotContain(scenario.Outsider.Id, offered);
        Assert.Equal("Select who owns the action", page.FieldError("Input_OwnerId"));
    }

    [Fact]
    public async Task ChangePage_RecordsTheNewOwnerAndReason_InTheActionsHistory()
    {
        var (scenario, actionId) = await WithAnOpenActionAsync(app);
        using var auditor = await SignedInAsync(app, scenario.Auditor);

        var form = await auditor.GetPageAsync($"/actions/{actionId}/change");
        string Field(string name) => ((AngleSharp.Html.Dom.IHtmlInputElement)form.QuerySelector($"input[name='{name}']")!).Value;

        var (_, page) = await auditor.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.OwnerId"] = scenario.Practitioner.Id, ["Input.Reason"] = "The practitioner holds the plan now",
            ["Input.DueDate.Day"] = Field("Input.DueDate.Day"), ["Input.DueDate.Month"] = Field("Input.DueDate.Month"), ["Input.DueDate.Year"] = Field("Input.DueDate.Year"),
        });

        Assert.Equal("You have changed the action", page.SuccessBanner());
        Assert.Equal(scenario.Practitioner.FullName, page.QuerySelector("#action-owner")!.TextContent.Trim());
        Assert.Contains("The practitioner holds the plan now", page.QuerySelector("#action-history")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamView_ListsOnlyTheTeamManagersTeamsActions_AndFiltersByStatus()
    {
        var (mine, myAction) = await WithAnOpenActionAsync(app);
        var (other, otherAction) = await WithAnOpenActionAsync(app);
        await mine.Expect(mine.SendAsync(v => new Audit.Workflows.Actions.CompleteActionCommand(mine.AuditId, myAction, v, "Done"), mine.TeamManager));
        using var teamManager = await SignedInAsync(app, mine.TeamManager);
        using var lead = await SignedInAsync(app, mine.QaLead);

        static List<string?> Rows(AngleSharp.Html.Dom.IHtmlDocument page) =>
            page.QuerySelectorAll("#actions-table tbody tr").Select(r => r.GetAttribute("data-action-id")).ToList();
        var team = Rows(await teamManager.GetPageAsync("/actions?view=Team"));
        var awaiting = Rows(await lead.GetPageAsync("/actions?view=All&status=AwaitingConfirmation"));
        var open = Rows(await lead.GetPageAsync("/actions?view=All&status=Open&sort=AuditReferenceNewestFirst"));
        var all = await teamManager.GetAsync("/actions?view=All");

        Assert.Equal([myAction.ToString(CultureInfo.InvariantCulture)], team);
        Assert.Contains(myAction.ToString(CultureInfo.InvariantCulture), awaiting);
        Assert.DoesNotContain(otherAction.ToString(CultureInfo.InvariantCulture), awaiting);
        Assert.Contains(otherAction.ToString(CultureInfo.InvariantCulture), open);
        Assert.DoesNotContain(myAction.ToString(CultureInfo.InvariantCulture), open);
        Assert.Equal(HttpStatusCode.NotFound, all.Response.StatusCode);
        Assert.NotEqual(other.TeamId, mine.TeamId);
    }

    [Fact]
    public async Task OverdueFilter_ListsOnlyOpenActionsPastTheirDueDate()
    {
        var (scenario, actionId) = await WithAnOpenActionAsync(app);
        await app.DbAsync(async db =>
        {
            var action = await db.AuditActions.SingleAsync(a => a.Id == actionId);
            action.DueDate = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-3));
            return await db.SaveChangesAsync();
        });
        using var owner = await SignedInAsync(app, scenario.TeamManager);

        var overdue = await owner.GetPageAsync("/actions?due=Overdue");
        var soon = await owner.GetPageAsync("/actions?due=DueWithinAWeek");

        Assert.NotNull(overdue.QuerySelector($"#actions-table tr[data-action-id='{actionId}']"));
        Assert.Equal("Overdue", overdue.QuerySelector($"#actions-table tr[data-action-id='{actionId}'] .govuk-tag")!.TextContent.Trim());
        Assert.Null(soon.QuerySelector($"#actions-table tr[data-action-id='{actionId}']"));
    }

    [Fact]
    public async Task AnOpenActionWhoseOwnerWasDeactivated_IsMarkedInTheListAndOnItsPage()
    {
        var (scenario, actionId) = await WithAnOpenActionAsync(app);
        var (_, stillTheirs) = await WithAnOpenActionAsync(app);
        var deactivated = await app.InScopeAsync(sp => sp.GetRequiredService<Audit.Workflows.Staff.StaffService>()
            .DeactivateAsync(scenario.TeamManager.Id, scenario.QaLead.Id));
        Assert.True(deactivated.Succeeded);
        using var lead = await SignedInAsync(app, scenario.QaLead);

        var list = await lead.GetPageAsync("/actions?view=All&status=Open");
        var page = await lead.GetPageAsync($"/actions/{actionId}");
        var other = await lead.GetPageAsync($"/actions/{stillTheirs}");

        Assert.Equal("Account deactivated", list.QuerySelector($"#actions-table tr[data-action-id='{actionId}'] td:nth-child(3) .govuk-tag")?.TextContent.Trim());
        Assert.Null(list.QuerySelector($"#actions-table tr[data-action-id='{stillTheirs}'] td:nth-child(3) .govuk-tag"));
        Assert.Equal("Their account is deactivated: the auditor or a QA lead can give the action to someone else.",
            page.QuerySelector("#action-owner-left")?.TextContent.Trim());
        Assert.Null(other.QuerySelector("#action-owner-left"));
    }
}
