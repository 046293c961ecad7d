using System.Globalization;
using Audit.Data.Models;
using Audit.Web.Infrastructure;
using Audit.Workflows.Settings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Admin.Settings;

public sealed class IndexModel(WorkflowSettingsService settings) : AuditPageModel
{
    [BindProperty]
    public SettingsInput Input { get; set; } = new();

    public static IReadOnlyList<SelectListItem> YesNo { get; } = [new("Yes", "yes"), new("No", "no")];

    public static IReadOnlyList<SelectListItem> Grades { get; } = GradeScale.Ofsted.Grades().Select(g => new SelectListItem(g.Display(), g.ToString())).ToList();

    public async Task OnGetAsync() => Input = SettingsInput.From(await settings.GetAsync());

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await settings.UpdateAsync(new UpdateWorkflowSettingsCommand(
            Input.Version,
            Input.InadequateModerationWorkingDays,
            Input.GoodOrOutstandingModerationWorkingDays,
            Input.RequiresImprovementModerationWorkingDays,
            Input.RequiresImprovementSamplePercent,
            Input.ReflectiveConversationWorkingDays,
            Input.DefaultAuditWorkingDays,
            Input.ReminderLeadWorkingDays,
            Input.EscalateToQaLead switch { "yes" => true, "no" => false, _ => null },
            Input.ReturnedAuditWorkingDays,
            Input.AssistantDirectorGrades.Select(g => Enum.TryParse<Grade>(g, out var grade) && Enum.IsDefined(grade) ? (Grade?)grade : null).OfType<Grade>().ToList(),
            Input.CaseReferencePattern), CurrentStaffId);
        if (result.Succeeded)
        {
            return RedirectWithSuccess("Settings saved. They apply to deadlines set from now on", "/Admin/Settings/Index");
        }

        AddErrors(result);
        if (result.IsConcurrencyConflict)
        {
            // Keep what was typed; the next save, after review, replaces the other person's change.
            ModelState.Remove($"{nameof(Input)}.{nameof(Input.Version)}");
            Input.Version = (await settings.GetAsync()).Version;
        }

        return Page();
    }

    public sealed class SettingsInput
    {
        public int Version { get; set; }
        public string? InadequateModerationWorkingDays { get; set; }
        public string? GoodOrOutstandingModerationWorkingDays { get; set; }
        public string? RequiresImprovementModerationWorkingDays { get; set; }
        public string? RequiresImprovementSamplePercent { get; set; }
        public string? DefaultAuditWorkingDays { get; set; }
        public string? ReflectiveConversationWorkingDays { get; set; }
        public string? ReturnedAuditWorkingDays { get; set; }
        public List<string> AssistantDirectorGrades { get; set; } = [];
        public string? ReminderLeadWorkingDays { get; set; }
        public string? EscalateToQaLead { get; set; }
        public string? CaseReferencePattern { get; set; }

        public static SettingsInput From(Audit.Data.Models.WorkflowSettings s) => new()
        {
            Version = s.Version,
            InadequateModerationWorkingDays = Text(s.InadequateModerationWorkingDays),
            GoodOrOutstandingModerationWorkingDays = Text(s.GoodOrOutstandingModerationWorkingDays),
            RequiresImprovementModerationWorkingDays = Text(s.RequiresImprovementModerationWorkingDays),
            RequiresImprovementSamplePercent = Text(s.RequiresImprovementSamplePercent),
            ReflectiveConversationWorkingDays = Text(s.ReflectiveConversationWorkingDays),
            DefaultAuditWorkingDays = Text(s.DefaultAuditWorkingDays),
            ReminderLeadWorkingDays = Text(s.ReminderLeadWorkingDays),
            EscalateToQaLead = s.EscalateToQaLead ? "yes" : "no",
            ReturnedAuditWorkingDays = Text(s.ReturnedAuditWorkingDays),
            CaseReferencePattern = s.CaseReferencePattern,
            AssistantDirectorGrades = GradeScale.Ofsted.Grades().Where(g => new Audit.Workflows.DeepDive.ModerationPolicy(s).NeedsAssistantDirector(g)).Select(g => g.ToString()).ToList(),
        };

        private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
