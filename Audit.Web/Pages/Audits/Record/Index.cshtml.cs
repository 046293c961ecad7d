using Audit.Data.Models;
using Audit.Workflows.Grading;
using Audit.Workflows.Moderation;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Audits.Record;

/// <summary>The auditor's task list: every part of the audit with its status, then check answers and submit.</summary>
public sealed class IndexModel(AuditFormService forms, ModerationRecords moderation) : RecordPageModel(forms)
{
    public override string Heading => "Record the audit";

    /// <summary>What the moderator asked for, while the audit is back with the auditor.</summary>
    public ReturnedFeedback? Returned { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var page = await ShowAsync(() => { });
        if (Form is not null && Form.Audit.State == AuditState.ReturnedToAuditor)
        {
            Returned = await moderation.LatestReturnAsync(Id, HttpContext.RequestAborted);
        }

        return page;
    }

    /// <summary>The moderator's notes on one task (a section), when the audit was returned.</summary>
    public IEnumerable<SectionNoteView> NotesFor(AuditTask task) =>
        Returned?.Sections.Where(n => task.Key == $"section-{n.SectionId}") ?? [];

    /// <summary>The GOV.UK task list's words and tag for each status.</summary>
    public static (string Text, string? TagClass) StatusOf(Audit.Workflows.Grading.TaskStatus status) => status switch
    {
        Audit.Workflows.Grading.TaskStatus.Completed => ("Completed", null),
        Audit.Workflows.Grading.TaskStatus.InProgress => ("In progress", "govuk-tag--light-blue"),
        Audit.Workflows.Grading.TaskStatus.Optional => ("Optional", "govuk-tag--grey"),
        _ => ("Not yet started", "govuk-tag--blue"),
    };
}
