using System.ComponentModel.DataAnnotations;
using Audit.Workflows.Actions;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Actions;

public sealed class ReopenModel(ActionQueries actions, AuditCommands commands) : ActionStepPageModel(actions)
{
    [BindProperty]
    public ReopenInput Input { get; set; } = new();

    public override AuditTrigger Trigger => AuditTrigger.ReopenAction;
    public override string Heading => "Reopen the action";
    public override string SubmitText => "Reopen action";
    protected override string SuccessText => "You have reopened the action. Its owner has been told";

    protected override Task<CommandResult> ExecuteAsync() =>
        commands.SendAsync(new ReopenActionCommand(Detail.Audit.Id, ActionId, Version, Input.Reason), CurrentStaffId, FormErrors());

    public sealed class ReopenInput
    {
        [DataType(DataType.MultilineText)]
        public string? Reason { get; set; }
    }
}
