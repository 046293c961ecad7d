using System.ComponentModel.DataAnnotations;
using Audit.Workflows.Actions;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Actions;

public sealed class ProgressModel(ActionQueries actions, AuditCommands commands) : ActionStepPageModel(actions)
{
    [BindProperty]
    public ProgressInput Input { get; set; } = new();

    public override AuditTrigger Trigger => AuditTrigger.RecordActionProgress;
    public override string Heading => "Record progress";
    public override string SubmitText => "Save progress";
    protected override string SuccessText => "You have recorded progress on the action";

    protected override Task<CommandResult> ExecuteAsync() =>
        commands.SendAsync(new RecordActionProgressCommand(Detail.Audit.Id, ActionId, Version, Input.Progress), CurrentStaffId, FormErrors());

    public sealed class ProgressInput
    {
        [DataType(DataType.MultilineText)]
        public string? Progress { get; set; }
    }
}
