using System.ComponentModel.DataAnnotations;
using Audit.Data.Models;
using Audit.Workflows.Grading;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Audits.Record;

public sealed class OverallModel(AuditFormService forms) : RecordPageModel(forms)
{
    [BindProperty]
    public OverallInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Grades => GradeChoices.For(Form.Scale);

    /// <summary>The question the radios ask: a grade, or whether the standard was met.</summary>
    public string GradeLabel => Form.Scale == GradeScale.MetNotMet ? "Did this meet the standard overall?" : "Overall grade";

    public string DifferenceLabel => Form.Scale == GradeScale.MetNotMet
        ? "Why was the standard met overall when a section did not meet it?"
        : "Why is the overall grade two or more grades better than the lowest section grade?";

    public override string Heading => "Overall grade";

    /// <summary>
    /// The confirmation is asked for when the grade saved or just chosen is two or more grades better than the lowest
    /// section grade, or when the service asked for it.
    /// </summary>
    public bool AsksForDifferenceReason =>
        AuditForm.NeedsDifferenceReason(Input.Grade, Form.WorstSectionGrade)
        || AuditForm.NeedsDifferenceReason(Form.Record.OverallGrade, Form.WorstSectionGrade)
        || ModelState.ContainsKey("Input.DifferenceReason");

    public Task<IActionResult> OnGetAsync() => ShowAsync(() => Input = new OverallInput
    {
        Grade = Form.Record.OverallGrade,
        Rationale = Form.Record.OverallRationale,
        DifferenceReason = Form.Record.GradeDifferenceReason,
    });

    public Task<IActionResult> OnPostAsync() => SaveAsync(
        async () => await Forms.SaveOverallAsync(new SaveOverallCommand(Id, Version, Input.Grade, Input.Rationale, Input.DifferenceReason, Mode), CurrentStaffId),
        () => Mode == SaveMode.Draft ? TaskListHref : $"/audits/{Id}/record/check",
        () => Mode == SaveMode.Draft ? DraftSaved("the overall grade") : null);

    public sealed class OverallInput
    {
        public Grade? Grade { get; set; }
        [DataType(DataType.MultilineText)]
        public string? Rationale { get; set; }
        [DataType(DataType.MultilineText)]
        public string? DifferenceReason { get; set; }
    }
}
