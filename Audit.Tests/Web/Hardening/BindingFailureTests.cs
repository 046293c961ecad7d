using System.Net;
using AngleSharp.Html.Dom;
using Audit.Data;
using Audit.Data.Models;
using Audit.Tests.Builders;
using Audit.Tests.Infrastructure;
using Audit.Workflows.Tools;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Audit.Tests.Web.Audits.AuditSteps;

namespace Audit.Tests.Web.Hardening;

/// <summary>
/// Tampered hidden fields: a field that cannot be read is a GOV.UK error, never a default, and a missing or
/// malformed version on every editable record is a conflict that saves nothing.
/// </summary>
public sealed class BindingFailureTests(AuditAppFactory app) : IClassFixture<AuditAppFactory>
{
    private const string RecordConflict = "This record was changed by someone else — review and try again";

    /// <summary>"abc", an empty value, or no field at all.</summary>
    public static TheoryData<string> TamperedVersions => new() { "abc", "", "99999999999999999999", Missing };

    private const string Missing = "(no field)";

    private static IHtmlDocument Tamper(IHtmlDocument form, string field, string value)
    {
        var input = form.QuerySelector($"main form input[name='{field}']") ?? throw new InvalidOperationException($"No {field} on {form.H1()}");
        if (value == Missing)
        {
            input.Remove();
        }
        else
        {
            input.SetAttribute("value", value);
        }

        return form;
    }

    private async Task<AppClient> QaLeadAsync() => await SignedInAsync(app, (await AuditScenario.CreateAsync(app)).QaLead);

    [Fact]
    public async Task Invite_WithATeamThatIsNotANumber_IsAnError_AndInvitesNoOne()
    {
        using var lead = await QaLeadAsync();
        var form = await lead.GetPageAsync("/admin/staff/invite");
        var email = $"tamper.{Guid.NewGuid():N}@council.example";

        var (response, page) = await lead.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.FullName"] = "Jess Walker", ["Input.Email"] = email, ["Input.TeamId"] = "abc", ["Input.Roles[]"] = Roles.Practitioner,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Select or enter ‘Team’ again: what was sent is not one of the choices offered"], page.ErrorSummary());
        Assert.False(await app.DbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Theory]
    [MemberData(nameof(TamperedVersions))]
    public async Task EditTeamAndDirectorate_WithATamperedVersion_IsAConflict_AndSavesNothing(string version)
    {
        var team = await TestData.ATeam().CreateAsync(app);
        using var lead = await QaLeadAsync();
        var teamForm = Tamper(await lead.GetPageAsync($"/admin/organisation/teams/{team.TeamId}/edit"), "Input.Version", version);
        var directorateForm = Tamper(await lead.GetPageAsync($"/admin/organisation/directorates/{team.DirectorateId}/edit"), "Input.Version", version);

        var (_, teamPage) = await lead.SubmitAsync(teamForm, new Dictionary<string, string> { ["Input.Name"] = "Tampered team", ["Input.ServiceAreaId"] = team.ServiceAreaId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var (_, directoratePage) = await lead.SubmitAsync(directorateForm, new Dictionary<string, string> { ["Input.Name"] = "Tampered directorate" });

        Assert.Equal([RecordConflict], teamPage.ErrorSummary());
        Assert.Equal([RecordConflict], directoratePage.ErrorSummary());
        Assert.Equal(team.TeamName, await app.DbAsync(db => db.Teams.Where(t => t.Id == team.TeamId).Select(t => t.Name).SingleAsync()));
        Assert.Equal(team.DirectorateName, await app.DbAsync(db => db.Directorates.Where(d => d.Id == team.DirectorateId).Select(d => d.Name).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(TamperedVersions))]
    public async Task Settings_WithATamperedVersion_IsAConflict_AndSavesNothing(string version)
    {
        using var lead = await QaLeadAsync();
        var form = Tamper(await lead.GetPageAsync("/admin/settings"), "Input.Version", version);
        var before = await app.DbAsync(db => db.WorkflowSettings.AsNoTracking().SingleAsync());

        var (_, page) = await lead.SubmitAsync(form, new Dictionary<string, string>
        {
            ["Input.InadequateModerationWorkingDays"] = "9", ["Input.GoodOrOutstandingModerationWorkingDays"] = "10",
            ["Input.RequiresImprovementModerationWorkingDays"] = "10", ["Input.RequiresImprovementSamplePercent"] = "10",
            ["Input.DefaultAuditWorkingDays"] = "20", ["Input.ReflectiveConversationWorkingDays"] = "15", ["Input.ReminderLeadWorkingDays"] = "2",
            ["Input.EscalateToQaLead"] = "yes", ["Input.ReturnedAuditWorkingDays"] = "5", ["Input.AssistantDirectorGrades[]"] = "Outstanding|Good|Inadequate",
        });

        Assert.Equal(["These settings were changed by someone else — review and try again"], page.ErrorSummary());
        Assert.Equal(before.Version, (await app.DbAsync(db => db.WorkflowSettings.AsNoTracking().SingleAsync())).Version);
    }

    [Theory]
    [MemberData(nameof(TamperedVersions))]
    public async Task StaffDetails_WithATamperedStamp_IsAConflict_AndSavesNothing(string stamp)
    {
        var person = await TestData.AStaffMember().Named("Megan Ward").WithRoles(Roles.Practitioner).CreateAsync(app);
        using var lead = await QaLeadAsync();
        var form = Tamper(await lead.GetPageAsync($"/admin/staff/{person.Id}/change-details"), "Input.ConcurrencyStamp", stamp);

        var (_, page) = await lead.SubmitAsync(form, new Dictionary<string, string> { ["Input.FullName"] = "Meg Ward" });

        Assert.Equal([RecordConflict], page.ErrorSummary());
        Assert.Equal("Megan Ward", await app.DbAsync(db => db.Users.Where(u => u.Id == person.Id).Select(u => u.FullName).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(TamperedVersions))]
    public async Task ToolDraftNotes_WithATamperedVersion_IsAConflict_AndSavesNothing(string version)
    {
        using var lead = await QaLeadAsync();
        var draftId = await app.InScopeAsync(async sp =>
        {
            var existing = await sp.GetRequiredService<AuditDbContext>().AuditToolVersions
                .Where(v => v.AuditToolId == ShippedAuditTools.DeepDiveToolId && v.Status == ToolVersionStatus.Draft).Select(v => (int?)v.Id).FirstOrDefaultAsync();
            return existing ?? (await sp.GetRequiredService<AuditToolService>().CreateDraftAsync(ShippedAuditTools.DeepDiveToolId, GradeScale.Ofsted, "someone-else")).Value;
        });
        var form = Tamper(await lead.GetPageAsync($"/admin/tools/versions/{draftId}/notes"), "RowVersion", version);
        var before = await app.DbAsync(db => db.AuditToolVersions.Where(v => v.Id == draftId).Select(v => v.Notes).SingleAsync());

        var (_, page) = await lead.SubmitAsync(form, new Dictionary<string, string> { ["Input.Notes"] = "Tampered notes" });

        Assert.Equal(["This draft was changed by someone else — review and try again"], page.ErrorSummary());
        Assert.Equal(before, await app.DbAsync(db => db.AuditToolVersions.Where(v => v.Id == draftId).Select(v => v.Notes).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(TamperedVersions))]
    public async Task AuditStepAndRecordForm_WithATamperedVersion_AreConflicts_AndSaveNothing(string version)
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.StartAsync();
        var before = await scenario.AuditAsync();
        using var lead = await SignedInAsync(app, scenario.QaLead);
        using var auditor = await SignedInAsync(app, scenario.Auditor);
        var extend = Tamper(await lead.GetPageAsync($"/audits/{scenario.AuditId}/extend"), "Version", version);
        var actions = Tamper(await auditor.GetPageAsync($"/audits/{scenario.AuditId}/record/actions"), "Version", version);

        var (_, extendPage) = await lead.SubmitAsync(extend, new Dictionary<string, string>
        {
            ["Input.DueDate.Day"] = "1", ["Input.DueDate.Month"] = "6", ["Input.DueDate.Year"] = before.DueDate.AddYears(1).Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Reason"] = "On leave",
        });
        var (_, actionsPage) = await auditor.SubmitAsync(actions, new Dictionary<string, string>
        {
            ["Input.Description"] = "Review the plan", ["Input.For"] = "Child", ["Input.OwnerId"] = scenario.TeamManager.Id,
            ["Input.DueDate.Day"] = "1", ["Input.DueDate.Month"] = "6", ["Input.DueDate.Year"] = before.DueDate.AddYears(1).Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, "#action-form");

        Assert.Single(extendPage.ErrorSummary());
        Assert.Contains("changed by someone else", extendPage.ErrorSummary()[0], StringComparison.Ordinal);
        Assert.Single(actionsPage.ErrorSummary());
        Assert.Contains("changed by someone else", actionsPage.ErrorSummary()[0], StringComparison.Ordinal);
        var after = await scenario.AuditAsync();
        Assert.Equal((before.DueDate, before.Version), (after.DueDate, after.Version));
        Assert.False(await app.DbAsync(db => db.AuditActions.AnyAsync(a => a.CaseAuditId == scenario.AuditId)));
    }

    [Fact]
    public async Task AChoiceThatWasNeverOffered_IsAnError_NotADefault()
    {
        var scenario = await AuditScenario.CreateAsync(app);
        await scenario.StartAsync();
        using var auditor = await SignedInAsync(app, scenario.Auditor);
        var actions = await auditor.GetPageAsync($"/audits/{scenario.AuditId}/record/actions");

        var (response, page) = await auditor.SubmitAsync(actions, new Dictionary<string, string>
        {
            ["Input.Description"] = "Review the plan", ["Input.For"] = "Banana", ["Input.OwnerId"] = scenario.TeamManager.Id,
        }, "#action-form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Select or enter ‘For’ again: what was sent is not one of the choices offered"], page.ErrorSummary());
        Assert.False(await app.DbAsync(db => db.AuditActions.AnyAsync(a => a.CaseAuditId == scenario.AuditId)));
    }
}
