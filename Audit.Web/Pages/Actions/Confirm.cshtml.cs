using Audit.Workflows.Actions;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;

namespace Audit.Web.Pages.Actions;

public sealed class ConfirmModel(ActionQueries actions, AuditCommands commands) : ActionStepPageModel(actions)
{
    public override AuditTrigger Trigger => AuditTrigger.ConfirmAction;
    public override string Heading => "Confirm the action is complete";
    public override string SubmitText => "Confirm completion";
    protected override string SuccessText => "You have confirmed the action";

    protected override Task<CommandResult> ExecuteAsync() =>
        commands.SendAsync(new ConfirmActionCommand(Detail.Audit.Id, ActionId, Version), CurrentStaffId, FormErrors());
}
