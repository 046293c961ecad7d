using System.ComponentModel.DataAnnotations;
using Audit.Web.Pages.Audits;
using Audit.Workflows.Actions;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Actions;

/// <summary>A QA lead closes an audit before its last action is confirmed, with a recorded reason.</summary>
public sealed class CloseAuditModel(AuditAccess access, AuditOverviews records, AuditCommands commands) : AuditStepPageModel(access, records)
{
    [BindProperty]
    public CloseInput Input { get; set; } = new();

    public override AuditTrigger Trigger => AuditTrigger.Close;

    public override string Heading => "Close the audit";

    public override string SubmitText => "Close audit";

    protected override string SuccessText => "You have closed the audit";

    protected override async Task<CommandResult?> ExecuteAsync() =>
        await commands.SendAsync(new CloseAuditCommand(Id, Version, Input.Reason), CurrentStaffId, FormErrors());

    public sealed class CloseInput
    {
        [DataType(DataType.MultilineText)]
        public string? Reason { get; set; }
    }
}
