using System.ComponentModel.DataAnnotations;
using Audit.Workflows.Common;
using Audit.Workflows.Grading;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Audits.Record;

public sealed class DiscussionModel(AuditFormService forms) : RecordPageModel(forms)
{
    [BindProperty]
    public DiscussionInput Input { get; set; } = new();

    public override string Heading => "Discussion with the practitioner";

    public Task<IActionResult> OnGetAsync() => ShowAsync(() =>
    {
        var r = Form.Record;
        Input = new DiscussionInput
        {
            Held = r.DiscussionHeld,
            Date = DateInput.From(r.DiscussionDate),
            PractitionerView = r.PractitionerView,
            NotHeldReason = r.DiscussionNotHeldReason,
        };
    });

    public Task<IActionResult> OnPostAsync() => SaveAsync(
        async () =>
        {
            var date = ReadDate(Input.Date, nameof(Input.Date), "the date of the discussion");
            return ModelState.IsValid
                ? await Forms.SaveDiscussionAsync(new SaveDiscussionCommand(Id, Version, Input.Held, date, Input.PractitionerView, Input.NotHeldReason, Mode), CurrentStaffId)
                : null;
        },
        () => Mode == SaveMode.Draft ? TaskListHref : $"/audits/{Id}/record/strengths",
        () => Mode == SaveMode.Draft ? DraftSaved("the discussion with the practitioner") : null);

    public sealed class DiscussionInput
    {
        public bool? Held { get; set; }
        public DateInput Date { get; set; } = new();
        [DataType(DataType.MultilineText)]
        public string? PractitionerView { get; set; }
        [DataType(DataType.MultilineText)]
        public string? NotHeldReason { get; set; }
    }
}
