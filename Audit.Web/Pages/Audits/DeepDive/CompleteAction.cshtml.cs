using System.ComponentModel.DataAnnotations;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Actions;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Audits.DeepDive;

public sealed class CompleteActionModel(AuditAccess access, AuditOverviews records, AuditCommands commands) : AuditStepPageModel(access, records)
{
    [FromRoute]
    public int ActionId { get; set; }

    [BindProperty]
    public CompleteActionInput Input { get; set; } = new();

    public AuditAction Action { get; private set; } = default!;

    public override AuditTrigger Trigger => AuditTrigger.CompleteAction;

    public override string Heading => "Complete an action";

    public override string SubmitText => "Mark as complete";

    protected override string SuccessText => "You have completed the action";

    protected override Task PrepareFormAsync(bool firstView)
    {
        Action = Audit.Actions.FirstOrDefault(a => a.Id == ActionId && a.CompletedAt is null)
            ?? new AuditAction { Description = "This action is already complete, or is not part of this audit", OwnerId = string.Empty };
        return Task.CompletedTask;
    }

    protected override async Task<CommandResult?> ExecuteAsync() =>
        await commands.SendAsync(new CompleteActionCommand(Id, ActionId, Version, Input.Note), CurrentStaffId);

    public sealed class CompleteActionInput
    {
        [DataType(DataType.MultilineText)]
        public string? Note { get; set; }
    }
}
