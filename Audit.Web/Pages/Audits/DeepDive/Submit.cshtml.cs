using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Audits.DeepDive;

public sealed class SubmitModel(AuditAccess access, AuditOverviews records, DeepDiveService service) : AuditStepPageModel(access, records)
{
    [BindProperty]
    public SubmitInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Grades { get; } = GradeChoices.All();

    public override AuditTrigger Trigger => AuditTrigger.Submit;

    public override string Heading => "Submit the audit";

    protected override string SuccessText => "You have submitted the audit";

    protected override async Task<CommandResult?> ExecuteAsync() =>
        await service.SubmitAsync(new SubmitCommand(Id, Version, Input.OverallGrade, Input.Rationale), CurrentStaffId);

    public sealed class SubmitInput
    {
        public Grade? OverallGrade { get; set; }
        public string? Rationale { get; set; }
    }
}

public static class GradeChoices
{
    /// <summary>The four Ofsted grades, best first, as radio choices.</summary>
    public static IReadOnlyList<SelectListItem> All() =>
        Enum.GetValues<Grade>().Select(g => new SelectListItem(g.Display(), g.ToString())).ToList();
}
