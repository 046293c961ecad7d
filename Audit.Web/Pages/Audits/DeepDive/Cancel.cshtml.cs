using System.ComponentModel.DataAnnotations;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Audits.DeepDive;

public sealed class CancelModel(AuditAccess access, AuditOverviews records, AuditCommands commands) : AuditStepPageModel(access, records)
{
    [BindProperty]
    public CancelInput Input { get; set; } = new();

    public override AuditTrigger Trigger => AuditTrigger.Cancel;

    public override string Heading => "Cancel the audit";

    public override string SubmitText => "Cancel audit";

    protected override string SuccessText => "You have cancelled the audit";

    protected override async Task<CommandResult?> ExecuteAsync() =>
        await commands.SendAsync(new CancelCommand(Id, Version, Input.Reason), CurrentStaffId);

    public sealed class CancelInput
    {
        [DataType(DataType.MultilineText)]
        public string? Reason { get; set; }
    }
}
