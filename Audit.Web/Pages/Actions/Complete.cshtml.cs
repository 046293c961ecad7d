using System.ComponentModel.DataAnnotations;
using Audit.Workflows.Actions;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Actions;

public sealed class CompleteModel(ActionQueries actions, AuditCommands commands) : ActionStepPageModel(actions)
{
    [BindProperty]
    public CompleteInput Input { get; set; } = new();

    public override AuditTrigger Trigger => AuditTrigger.CompleteAction;
    public override string Heading => "Mark the action as complete";
    public override string SubmitText => "Mark as complete";
    protected override string SuccessText => "You have marked the action as complete. The auditor or the team manager will confirm it";

    protected override Task<CommandResult> ExecuteAsync() =>
        commands.SendAsync(new CompleteActionCommand(Detail.Audit.Id, ActionId, Version, Input.Evidence), CurrentStaffId, FormErrors());

    public sealed class CompleteInput
    {
        [DataType(DataType.MultilineText)]
        public string? Evidence { get; set; }
    }
}
