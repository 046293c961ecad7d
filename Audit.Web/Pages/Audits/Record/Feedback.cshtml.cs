using System.ComponentModel.DataAnnotations;
using Audit.Workflows.Grading;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Audits.Record;

public sealed class FeedbackModel(AuditFormService forms) : RecordPageModel(forms)
{
    [BindProperty]
    public FeedbackInput Input { get; set; } = new();

    public override string Heading => "Child and family feedback";

    public Task<IActionResult> OnGetAsync() => ShowAsync(() =>
    {
        var r = Form.Record;
        Input = new FeedbackInput
        {
            Sought = r.FeedbackSought,
            SoughtFrom = r.FeedbackSoughtFrom,
            Obtained = r.FeedbackObtained,
            Summary = r.FeedbackSummary,
            NotObtainedReason = r.FeedbackNotObtainedReason,
        };
    });

    public Task<IActionResult> OnPostAsync() => SaveAsync(
        async () => await Forms.SaveFeedbackAsync(new SaveFeedbackCommand(Id, Version, Input.Sought, Input.SoughtFrom, Input.Obtained, Input.Summary, Input.NotObtainedReason, Mode), CurrentStaffId),
        () => Mode == SaveMode.Draft ? TaskListHref : $"/audits/{Id}/record/discussion",
        () => Mode == SaveMode.Draft ? DraftSaved(Heading.ToLowerInvariant()) : null);

    public sealed class FeedbackInput
    {
        public bool? Sought { get; set; }
        public string? SoughtFrom { get; set; }
        public bool? Obtained { get; set; }
        [DataType(DataType.MultilineText)]
        public string? Summary { get; set; }
        [DataType(DataType.MultilineText)]
        public string? NotObtainedReason { get; set; }
    }
}
