using System.Net;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Tests.Web.Audits;
using Microsoft.EntityFrameworkCore;
using static Audit.Tests.Web.Audits.AuditSteps;
using static Audit.Tests.Web.Record.RecordSteps;

namespace Audit.Tests.Web.Record;

/// <summary>The auditor's form, step by step through real form posts: saving, drafts, checking, submitting, refusals.</summary>
public sealed class RecordFormTests(AuditAppFactory app) : IClassFixture<AuditAppFactory>
{
    private async Task<(AuditScenario Scenario, AppClient Auditor)> StartedAsync()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.StartAsync();
        return (scenario, await SignedInAsync(app, scenario.Auditor));
    }

    private Task<int> SectionIdAsync(string title) =>
        app.DbAsync(db => db.ToolSections.Where(s => s.AuditToolVersionId == 1 && s.Title == title).Select(s => s.Id).SingleAsync());

    [Fact]
    public async Task EveryStepCompletedThroughTheForms_ThenSubmitted_InadequateGoesToModeration()
    {
        var (scenario, auditor) = await StartedAsync();
        using var _ = auditor;

        var afterSections = await auditor.CompleteSectionsAsync(scenario.AuditId, nameof(Grade.Inadequate));
        Assert.Equal("Record the audit", afterSections.H1());
        var check = await auditor.CompleteTheRestAsync(scenario.AuditId, nameof(Grade.Inadequate));
        Assert.Null(check.QuerySelector("#missing-warning"));
        var (_, page) = await auditor.SubmitAsync(check, new Dictionary<string, string>());

        var audit = await scenario.AuditAsync();
        Assert.Equal(AuditState.AwaitingModeration, audit.State);
        Assert.Equal(Grade.Inadequate, audit.AuditorGrade);
        Assert.StartsWith($"Audit {audit.Reference} submitted. It will be moderated", page.SuccessBanner(), StringComparison.Ordinal);
        Assert.Equal("Awaiting moderation", page.State());
        Assert.Null(page.QuerySelector("#continue-audit-link"));
    }

    [Fact]
    public async Task GoodAuditSubmitted_IsModeratedWithAnAssistantDirectorsCoSign_AndItsAnswersAreThenReadOnly()
    {
        var (scenario, auditor) = await StartedAsync();
        using var _ = auditor;
        await auditor.CompleteSectionsAsync(scenario.AuditId, nameof(Grade.Good));
        var check = await auditor.CompleteTheRestAsync(scenario.AuditId, nameof(Grade.Good));

        var (_, page) = await auditor.SubmitAsync(check, new Dictionary<string, string>());

        Assert.Contains("Good and outstanding audits are always moderated, with an assistant director's co-sign", page.SuccessBanner(), StringComparison.Ordinal);
        var taskList = await auditor.GetPageAsync($"/audits/{scenario.AuditId}/record");
        Assert.Equal("This audit has been submitted, so its answers can no longer be changed", taskList.QuerySelector("#refusal")!.TextContent.Trim());
        var answers = await auditor.GetPageAsync(taskList.QuerySelector("#view-answers")!.GetAttribute("href")!);
        Assert.Contains("Evidence for Impact", answers.Text(), StringComparison.Ordinal);
        Assert.Empty(answers.QuerySelectorAll(".govuk-summary-card__action a"));
        Assert.Null(answers.QuerySelector("#submit-audit"));
    }

    [Fact]
    public async Task TaskList_ShowsEveryPartWithItsStatus_AndTheToolAndVersion()
    {
        var (scenario, auditor) = await StartedAsync();
        using var _ = auditor;

        var auditPage = await auditor.GetPageAsync($"/audits/{scenario.AuditId}");
        var taskList = await auditor.GetPageAsync(auditPage.QuerySelector("#continue-audit-link")!.GetAttribute("href")!);

        Assert.Equal(15, taskList.TaskLinks().Count);
        Assert.Contains("Deep dive case audit, version 1", taskList.QuerySelector("#record-caption")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Not yet started", taskList.TaskStatus("feedback"));
        Assert.Equal("Optional", taskList.TaskStatus("actions"));
        Assert.Equal($"/audits/{scenario.AuditId}/record/check", taskList.QuerySelector("#check-answers")!.GetAttribute("href"));
        Assert.Equal($"/audits/{scenario.AuditId}/record/check", auditPage.QuerySelector("#audit-actions a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Section_ShowsItsPlaceGuidanceAndGrades_WithNotApplicableOnlyWhereAllowed()
    {
        var (scenario, auditor) = await StartedAsync();
        using var _ = auditor;

        var safety = await auditor.GetPageAsync($"/audits/{scenario.AuditId}/record/sections/{await SectionIdAsync("Safety planning and the response to risk")}");
        var summary = await auditor.GetPageAsync($"/audits/{scenario.AuditId}/record/sections/{await SectionIdAsync("Case summary")}");

        Assert.Matches($@"^AUD-{scenario.AuditId:D6} · case LCS-\S+ · Section 5 of 10$", safety.QuerySelector(".govuk-caption-l")!.TextContent.Trim());
        Assert.Equal(["Outstanding", "Good", "Requires improvement to be good", "Inadequate", "Not applicable"],
            safety.QuerySelectorAll("input[name='Input.Grade'] + label").Select(l => l.TextContent.Trim()));
        Assert.Equal(2, safety.QuerySelectorAll("#section-guidance li").Length);
        Assert.Empty(summary.QuerySelectorAll("input[name='Input.Grade']"));
        Assert.Equal("Your notes", summary.QuerySelector("label[for='Input_Evidence']")!.TextContent.Trim());
    }

    [Fact]
    public async Task Section_SavedAndContinuedWithoutAGrade_ShowsTheErrors_KeepingWhatWasTyped()
    {
        var (scenario, auditor) = await StartedAsync();
        using var _ = auditor;
        var form = await auditor.GetPageAsync($"/audits/{scenario.AuditId}/record/sections/{await SectionIdAsync("Drift and delay")}");

        var (_, page) = await auditor.SubmitAsync(form, new Dictionary<string, string> { ["Input.Evidence"] = "Plan reviewed late twice", ["Mode"] = Continue });

        Assert.Equal(["Select a grade for Drift and delay"], page.ErrorSummary());
        Assert.Equal("Select a grade for Drift and delay", page.FieldError("Input_Grade"));
        Assert.Equal("Plan reviewed late twice", page.Value("#Input_Evidence"));

        var (_, empty) = await auditor.SubmitAsync(page, new Dictionary<string, string> { ["Input.Grade"] = "Good", ["Mode"] = Continue });
        Assert.Equal(["Enter the evidence for the grade for Drift and delay"], empty.ErrorSummary());
        Assert.NotNull(empty.QuerySelector("#Input_Grade-2[checked]"));
    }

    [Fact]
    public async Task SaveAndComeBackLater_KeepsTheDraft_AfterSigningOutAndInAgain()
    {
        var (scenario, auditor) = await StartedAsync();
        var url = $"/audits/{scenario.AuditId}/record/sections/{await SectionIdAsync("Recording")}";
        var form = await auditor.GetPageAsync(url);

        var (_, taskList) = await auditor.SubmitAsync(form, new Dictionary<string, string> { ["Input.Evidence"] = "Half a thought about the chronology", ["Mode"] = Later });
        Assert.Equal("Your answers for Recording have been saved", taskList.SuccessBanner());
        await auditor.SubmitAsync(taskList, new Dictionary<string, string>(), "form.audit-header__sign-out");
        auditor.Dispose();
        using var again = await SignedInAsync(app, scenario.Auditor);

        var list = await again.GetPageAsync($"/audits/{scenario.AuditId}/record");
        var reopened = await again.GetPageAsync(url);
        Assert.Equal("In progress", list.TaskStatus($"section-{await SectionIdAsync("Recording")}"));
        Assert.Equal("Half a thought about the chronology", reopened.Value("#Input_Evidence"));
    }

    [Fact]
    public async Task CheckAnswers_ShowsEveryAnswer_WithChangeLinks()
    {
        var (scenario, auditor) = await StartedAsync();
        using var _ = auditor;
        await auditor.CompleteSectionsAsync(scenario.AuditId, nameof(Grade.RequiresImprovement));

        var check = await auditor.CompleteTheRestAsync(scenario.AuditId, nameof(Grade.RequiresImprovement));

        Assert.Equal(10, check.QuerySelectorAll("[id^='check-section-']").Length);
        Assert.Equal(9, check.QuerySelectorAll(".check-grade").Count(g => g.TextContent.Trim() == "Requires improvement to be good"));
        Assert.Contains("Evidence for Impact", check.Text(), StringComparison.Ordinal);
        foreach (var expected in new[] { "They felt listened to", "Agreed with the findings", "Warm relationships with the family", "Plans drift between reviews", "Consistent with the sections", UkDisplayDate(Today) })
        {
            Assert.Contains(expected, check.Text(), StringComparison.Ordinal);
        }

        Assert.Equal(15, check.QuerySelectorAll(".govuk-summary-card__action a").Length);
    }

    [Fact]
    public async Task Submit_WithPartsMissing_IsRefusedWithTheListOfWhatIsMissing()
    {
        var (scenario, auditor) = await StartedAsync();
        using var _ = auditor;
        var check = await auditor.GetPageAsync($"/audits/{scenario.AuditId}/record/check");
        Assert.Contains("Select a grade for Drift and delay", check.QuerySelector("#missing-list")!.TextContent, StringComparison.Ordinal);

        var (_, page) = await auditor.SubmitAsync(check, new Dictionary<string, string>());

        var errors = page.ErrorSummary();
        Assert.Contains("Enter your notes for Case summary", errors);
        Assert.Contains("Select a grade for Drift and delay", errors);
        Assert.Contains("Select whether feedback was sought from the child and family", errors);
        Assert.Contains("Select an overall grade", errors);
        Assert.NotNull(page.QuerySelector("#submit-audit"));
        Assert.Equal(AuditState.InProgress, (await scenario.AuditAsync()).State);
    }

    [Fact]
    public async Task OverallGrade_TwoGradesBetterThanTheLowestSection_AsksForTheReason_AndRequiresIt()
    {
        var (scenario, auditor) = await StartedAsync();
        using var _ = auditor;
        await auditor.CompleteSectionsAsync(scenario.AuditId, nameof(Grade.Good), worstSectionGrade: nameof(Grade.Inadequate));
        var form = await auditor.GetPageAsync($"/audits/{scenario.AuditId}/record/overall");
        Assert.Null(form.QuerySelector("#Input_DifferenceReason"));

        var (_, asked) = await auditor.SubmitAsync(form, new Dictionary<string, string> { ["Input.Grade"] = "Good", ["Input.Rationale"] = "Mostly good", ["Mode"] = Continue });

        var error = Assert.Single(asked.ErrorSummary());
        Assert.StartsWith("Your overall grade is two or more grades better than your lowest section grade (Inadequate)", error, StringComparison.Ordinal);
        Assert.NotNull(asked.QuerySelector("#Input_DifferenceReason"));
        Assert.Equal("Mostly good", asked.Value("#Input_Rationale"));
        var (_, check) = await auditor.SubmitAsync(asked, new Dictionary<string, string>
        {
            ["Input.Grade"] = "Good", ["Input.Rationale"] = "Mostly good", ["Input.DifferenceReason"] = "Drift is historic and now resolved", ["Mode"] = Continue,
        });
        Assert.Equal("Check your answers before submitting the audit", check.H1());
        Assert.Contains("Drift is historic and now resolved", check.QuerySelector("#check-overall")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThemesAndActions_AreSaved_AndActionsCanBeChangedAndRemoved()
    {
        var (scenario, auditor) = await StartedAsync();
        using var _ = auditor;
        var strengths = await auditor.GetPageAsync($"/audits/{scenario.AuditId}/record/strengths");
        var themeIds = strengths.QuerySelectorAll("input[name='Input.ThemeIds']").Take(2).Select(i => i.GetAttribute("value")!).ToList();
        var themeNames = strengths.QuerySelectorAll("input[name='Input.ThemeIds'] + label").Take(2).Select(l => l.TextContent.Trim()).ToList();

        var (_, actions) = await auditor.SubmitAsync(strengths, new Dictionary<string, string>
        {
            ["Input.Strengths"] = "Warm", ["Input.AreasForDevelopment"] = "Drift", ["Input.ThemeIds[]"] = string.Join('|', themeIds), ["Mode"] = Continue,
        });
        var (_, added) = await auditor.SubmitAsync(actions, new Dictionary<string, string>
        {
            ["Input.Description"] = "Review the child's plan", ["Input.For"] = "Child", ["Input.OwnerId"] = scenario.TeamManager.Id,
        }.With(Date("DueDate", Today.AddDays(14))), "#action-form");
        Assert.Equal("You have added the action", added.SuccessBanner());
        var changeForm = await auditor.GetPageAsync(added.QuerySelector("#actions-table a")!.GetAttribute("href")!);
        Assert.Equal("Review the child's plan", changeForm.Value("#Input_Description"));
        var (_, changed) = await auditor.SubmitAsync(changeForm, new Dictionary<string, string>
        {
            ["Input.Description"] = "Review the plan with the IRO", ["Input.For"] = "Practice", ["Input.OwnerId"] = scenario.TeamManager.Id,
        }.With(Date("DueDate", Today.AddDays(21))), "#action-form");
        Assert.Equal("You have changed the action", changed.SuccessBanner());
        Assert.Contains("Review the plan with the IRO", changed.QuerySelector("#actions-table")!.TextContent, StringComparison.Ordinal);

        var check = await auditor.GetPageAsync($"/audits/{scenario.AuditId}/record/check");
        Assert.All(themeNames, n => Assert.Contains(n, check.QuerySelector("#check-strengths")!.TextContent, StringComparison.Ordinal));
        Assert.Contains("Review the plan with the IRO", check.QuerySelector("#check-actions")!.TextContent, StringComparison.Ordinal);
        var reopened = await auditor.GetPageAsync($"/audits/{scenario.AuditId}/record/strengths");
        Assert.Equal(2, reopened.QuerySelectorAll("input[name='Input.ThemeIds'][checked]").Length);

        var (_, removed) = await auditor.SubmitAsync(changed, new Dictionary<string, string>(), "#actions-table form");
        Assert.Equal("You have removed the action", removed.SuccessBanner());
        Assert.NotNull(removed.QuerySelector("#no-actions"));
    }

    [Fact]
    public async Task AddAction_WithNothingEntered_ShowsGovUkErrors()
    {
        var (scenario, auditor) = await StartedAsync();
        using var _ = auditor;
        var actions = await auditor.GetPageAsync($"/audits/{scenario.AuditId}/record/actions");

        var (_, page) = await auditor.SubmitAsync(actions, new Dictionary<string, string> { ["Input.Description"] = "" }, "#action-form");

        Assert.Equal(["Enter what needs to be done", "Select who the action is for", "Select who owns the action", "Enter the date the action is due"], page.ErrorSummary());
    }

    [Fact]
    public async Task Discussion_WithADateInTheFuture_SaysSo_KeepingWhatWasTyped()
    {
        var (scenario, auditor) = await StartedAsync();
        using var _ = auditor;
        var form = await auditor.GetPageAsync($"/audits/{scenario.AuditId}/record/discussion");

        var (_, page) = await auditor.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.Held"] = "True", ["Input.PractitionerView"] = "Agreed", ["Mode"] = Continue,
        }.With(Date("Date", Today.AddDays(3))));

        Assert.Equal(["The date of the discussion must be today or in the past"], page.ErrorSummary());
        Assert.Equal("Agreed", page.Value("#Input_PractitionerView"));
    }

    [Fact]
    public async Task TheQaLead_SeesWhyTheyCannotRecord_AndThePractitionerCannotOpenTheAnswersBeforeModeration_AndTheirPostsAreRefused()
    {
        var (scenario, auditor) = await StartedAsync();
        auditor.Dispose();
        var sectionUrl = $"/audits/{scenario.AuditId}/record/sections/{await SectionIdAsync("Drift and delay")}";
        Dictionary<string, string> Post(int version) => new()
        {
            ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Grade"] = "Good", ["Input.Evidence"] = "Not mine",
        };

        using (var lead = await SignedInAsync(app, scenario.QaLead))
        {
            var taskList = await lead.GetPageAsync($"/audits/{scenario.AuditId}/record");
            var section = await lead.GetPageAsync(sectionUrl);
            var status = await lead.PostDirectlyAsync(sectionUrl, Post(await scenario.VersionAsync()));

            Assert.Equal("Only the allocated auditor can change this audit", taskList.QuerySelector("#refusal")!.TextContent.Trim());
            Assert.Empty(taskList.TaskLinks());
            Assert.Null(section.QuerySelector("main form[method=post] textarea"));
            Assert.Equal(HttpStatusCode.OK, status);
        }

        // The practitioner reads the answers only once moderation has settled the grade.
        using (var practitioner = await SignedInAsync(app, scenario.Practitioner))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await practitioner.GetAsync($"/audits/{scenario.AuditId}/record")).Response.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await practitioner.GetAsync(sectionUrl)).Response.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, await practitioner.PostDirectlyAsync(sectionUrl, Post(await scenario.VersionAsync())));
        }

        Assert.Equal(0, await app.DbAsync(db => db.SectionResponses.CountAsync(r => r.CaseAuditId == scenario.AuditId)));
    }

    [Fact]
    public async Task Outsiders_GetNotFound()
    {
        var (scenario, auditor) = await StartedAsync();
        auditor.Dispose();
        using var outsider = await SignedInAsync(app, scenario.Outsider);

        var (response, _) = await outsider.GetAsync($"/audits/{scenario.AuditId}/record");
        var (check, _) = await outsider.GetAsync($"/audits/{scenario.AuditId}/record/check");
        var post = await outsider.PostDirectlyAsync($"/audits/{scenario.AuditId}/record/overall", new Dictionary<string, string> { ["Version"] = "1" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, check.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post);
    }

    [Fact]
    public async Task TwoTabsSavingAtTheSameVersion_TheSecondGetsTheConflict_KeepingWhatWasTyped()
    {
        var (scenario, auditor) = await StartedAsync();
        using var _ = auditor;
        var url = $"/audits/{scenario.AuditId}/record/sections/{await SectionIdAsync("Impact")}";
        var firstTab = await auditor.GetPageAsync(url);
        var secondTab = await auditor.GetPageAsync(url);
        await auditor.SubmitAsync(firstTab, new Dictionary<string, string> { ["Input.Grade"] = "Good", ["Input.Evidence"] = "First tab", ["Mode"] = Continue });

        var (_, conflict) = await auditor.SubmitAsync(secondTab, new Dictionary<string, string> { ["Input.Grade"] = "Inadequate", ["Input.Evidence"] = "Second tab", ["Mode"] = Continue });

        Assert.Single(conflict.ErrorSummary());
        Assert.Equal("Second tab", conflict.Value("#Input_Evidence"));
        Assert.Equal((await scenario.VersionAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture), conflict.QuerySelector("input[name=Version]")!.GetAttribute("value"));
        var (_, saved) = await auditor.SubmitAsync(conflict, new Dictionary<string, string> { ["Input.Grade"] = "Inadequate", ["Input.Evidence"] = "Second tab", ["Mode"] = Later });
        Assert.Equal("Your answers for Impact have been saved", saved.SuccessBanner());
    }

    private static string UkDisplayDate(DateOnly date) => date.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
