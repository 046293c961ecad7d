using System.ComponentModel.DataAnnotations;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Audit.Workflows.Moderation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Audits.DeepDive;

/// <summary>
/// The assistant director sees the audit's moderation — the grades changed and why — and co-signs it, or sends it back
/// to moderation with a comment.
/// </summary>
public sealed class CoSignModel(AuditAccess access, AuditOverviews records, AuditCommands commands, ModerationRecords moderation)
    : AuditStepPageModel(access, records)
{
    public const string CoSignValue = "CoSign";
    public const string SendBackValue = "SendBack";

    public static IReadOnlyList<SelectListItem> Decisions { get; } =
    [
        new("Co-sign: I agree with the moderation", CoSignValue),
        new("Send it back to moderation: I do not agree", SendBackValue),
    ];

    [BindProperty]
    public CoSignInput Input { get; set; } = new();

    public IReadOnlyList<GradeChangeView> Changes { get; private set; } = [];

    public override AuditTrigger Trigger => AuditTrigger.CoSign;

    public override string Heading => "Co-sign the moderation";

    public override string SubmitText => "Save decision";

    protected override string SuccessText => Input.Decision == SendBackValue ? "You have sent the audit back to moderation" : "You have co-signed the audit";

    protected override async Task PrepareFormAsync(bool firstView) =>
        Changes = (await moderation.GradeChangesAsync(Id, HttpContext.RequestAborted)).Where(c => c.ChangedAt >= Audit.SubmittedAt).ToList();

    protected override async Task<CommandResult?> ExecuteAsync() => Input.Decision switch
    {
        CoSignValue => await commands.SendAsync(new CoSignCommand(Id, Version, Input.Comment), CurrentStaffId),
        SendBackValue => await commands.SendAsync(new SendBackToModerationCommand(Id, Version, Input.Comment), CurrentStaffId),
        _ => CommandResult.Failure(nameof(Input.Decision), "Select whether you co-sign the moderation or send it back"),
    };

    public sealed class CoSignInput
    {
        public string? Decision { get; set; }
        [DataType(DataType.MultilineText)]
        public string? Comment { get; set; }
    }
}
