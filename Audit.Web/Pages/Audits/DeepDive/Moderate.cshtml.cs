using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Audits.DeepDive;

public sealed class ModerateModel(AuditAccess access, AuditOverviews records, DeepDiveService service) : AuditStepPageModel(access, records)
{
    [BindProperty]
    public ModerateInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Grades { get; } = GradeChoices.All();

    // Agreeing, changing and returning are three triggers of one decision; agreeing stands for all three when asking
    // whether the person may moderate (the workflow guards them identically).
    public override AuditTrigger Trigger => AuditTrigger.AgreeGrade;

    public override string Heading => "Moderate the audit";

    public override string SubmitText => "Save decision";

    protected override string SuccessText => Input.Outcome switch
    {
        ModerationOutcome.ReturnToAuditor => "You have returned the audit to the auditor",
        ModerationOutcome.ChangeGrade => $"You have changed the grade to {Input.NewGrade?.Display()}",
        _ => "You have agreed the grade",
    };

    public string? ErrorFor(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry is { ValidationState: ModelValidationState.Invalid, Errors.Count: > 0 } ? entry.Errors[0].ErrorMessage : null;

    protected override async Task<CommandResult?> ExecuteAsync() =>
        await service.ModerateAsync(new ModerateCommand(Id, Version, Input.Outcome,
            Input.Outcome == ModerationOutcome.ChangeGrade ? Input.NewGrade : null, Input.Rationale), CurrentStaffId);

    public sealed class ModerateInput
    {
        public ModerationOutcome? Outcome { get; set; }
        public Grade? NewGrade { get; set; }
        public string? Rationale { get; set; }
    }
}
