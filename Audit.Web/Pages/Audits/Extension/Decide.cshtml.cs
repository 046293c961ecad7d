using System.ComponentModel.DataAnnotations;
using Audit.Data.Models;
using Audit.Web.Infrastructure;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Audit.Workflows.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Audits.Extension;

/// <summary>A QA lead approves the auditor's request for more time (the due date moves) or declines it with a reason.</summary>
public sealed class DecideModel(AuditAccess access, AuditOverviews records, AuditCommands commands) : AuditStepPageModel(access, records)
{
    [BindProperty]
    public DecideInput Input { get; set; } = new();

    public static IReadOnlyList<SelectListItem> Decisions { get; } =
    [
        new("Approve: move the due date to the date asked for", nameof(ExtensionDecision.Approve)),
        new("Decline: keep the due date", nameof(ExtensionDecision.Decline)),
    ];

    public ExtensionRequest? OpenRequest => ExtensionPolicy.Open(Audit);

    public override AuditTrigger Trigger => AuditTrigger.DecideExtension;

    public override string Heading => "Decide on the request for more time";

    public override string SubmitText => "Save decision";

    protected override string SuccessText => Input.Decision == ExtensionDecision.Approve
        ? "You have approved the request: the due date has moved"
        : "You have declined the request: the due date stays as it was";

    protected override async Task<CommandResult?> ExecuteAsync() =>
        await commands.SendAsync(new DecideExtensionCommand(Id, Version, Input.Decision, Input.Reason), CurrentStaffId, FormErrors());

    public sealed class DecideInput
    {
        public ExtensionDecision? Decision { get; set; }
        [DataType(DataType.MultilineText)]
        public string? Reason { get; set; }
    }
}
