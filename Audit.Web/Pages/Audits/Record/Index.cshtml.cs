using Audit.Workflows.Grading;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Audits.Record;

/// <summary>The auditor's task list: every part of the audit with its status, then check answers and submit.</summary>
public sealed class IndexModel(AuditFormService forms) : RecordPageModel(forms)
{
    public override string Heading => "Record the audit";

    public Task<IActionResult> OnGetAsync() => ShowAsync(() => { });

    /// <summary>The GOV.UK task list's words and tag for each status.</summary>
    public static (string Text, string? TagClass) StatusOf(Audit.Workflows.Grading.TaskStatus status) => status switch
    {
        Audit.Workflows.Grading.TaskStatus.Completed => ("Completed", null),
        Audit.Workflows.Grading.TaskStatus.InProgress => ("In progress", "govuk-tag--light-blue"),
        Audit.Workflows.Grading.TaskStatus.Optional => ("Optional", "govuk-tag--grey"),
        _ => ("Not yet started", "govuk-tag--blue"),
    };
}
