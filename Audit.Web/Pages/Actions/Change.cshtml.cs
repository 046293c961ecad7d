using System.ComponentModel.DataAnnotations;
using Audit.Workflows.Actions;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Actions;

public sealed class ChangeModel(ActionQueries actions, ActionOwners owners, AuditCommands commands) : ActionStepPageModel(actions)
{
    [BindProperty]
    public ChangeInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Owners { get; private set; } = [];

    public override AuditTrigger Trigger => AuditTrigger.ChangeAction;
    public override string Heading => "Change the owner or due date";
    public override string SubmitText => "Save the change";
    protected override string SuccessText => "You have changed the action";

    protected override async Task PrepareAsync(bool firstView)
    {
        if (firstView)
        {
            Input.OwnerId = Detail.Action.OwnerId;
            Input.DueDate = DateInput.From(Detail.Action.DueDate);
        }

        var offered = (await owners.ForAuditAsync(Detail.Audit.Id, HttpContext.RequestAborted))
            .Select(s => new SelectListItem(s.FullName, s.Id)).ToList();
        // The current owner stays offered even if they would no longer be (they moved team), so the form can keep them.
        if (offered.All(o => o.Value != Detail.Action.OwnerId))
        {
            offered.Insert(0, new SelectListItem(Detail.OwnerName, Detail.Action.OwnerId));
        }

        Owners = offered;
    }

    protected override Task<CommandResult> ExecuteAsync()
    {
        var dueDate = ReadDueDate(Input.DueDate, nameof(Input.DueDate));
        return commands.SendAsync(new ChangeActionCommand(Detail.Audit.Id, ActionId, Version, Input.OwnerId, dueDate, Input.Reason), CurrentStaffId, FormErrors());
    }

    public sealed class ChangeInput
    {
        public string? OwnerId { get; set; }
        public DateInput DueDate { get; set; } = new();
        [DataType(DataType.MultilineText)]
        public string? Reason { get; set; }
    }
}
