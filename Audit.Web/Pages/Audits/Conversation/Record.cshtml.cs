using System.ComponentModel.DataAnnotations;
using Audit.Data.Models;
using Audit.Workflows.Actions;
using Audit.Workflows.Common;
using Audit.Workflows.Conversations;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Web.Pages.Audits.Conversation;

public sealed class RecordModel(AuditAccess access, AuditOverviews records, AuditCommands commands, ActionOwners owners) : AuditStepPageModel(access, records)
{
    [BindProperty]
    public RecordInput Input { get; set; } = new();

    public ReflectiveConversation? Current => ConversationPolicy.Current(Audit);

    public IReadOnlyList<SelectListItem> Invited { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Owners { get; private set; } = [];

    /// <summary>Rows offered for the remedial actions agreed: blank ones are ignored.</summary>
    public const int ActionRows = 3;

    public override AuditTrigger Trigger => AuditTrigger.RecordConversation;

    public override string Heading => "Record the reflective conversation";

    public override string SubmitText => "Save the conversation";

    protected override string SuccessText => "You have recorded the reflective conversation";

    protected override async Task PrepareFormAsync(bool firstView)
    {
        Owners = (await owners.ForAuditAsync(Id, HttpContext.RequestAborted))
            .Select(s => new SelectListItem(s.JobTitle is null ? s.FullName : $"{s.FullName} ({s.JobTitle})", s.Id))
            .ToList();
        Input.Actions = Input.Actions.Take(ActionRows).ToList();
        while (Input.Actions.Count < ActionRows)
        {
            Input.Actions.Add(new ActionRow());
        }

        Invited = (Current?.Invitees ?? []).OrderBy(i => i.Staff?.FullName)
            .Select(i => new SelectListItem(i.Staff?.FullName ?? "Unknown", i.StaffId)).ToList();
        if (firstView && Current is { } current && current.StartsAt <= HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow())
        {
            Input.HeldOn = DateInput.From(DateOnly.FromDateTime(UkTime.ToUk(current.StartsAt).DateTime));
            Input.AttendedIds = current.Invitees.Where(i => i.Answer == InvitationAnswer.Accepted).Select(i => i.StaffId).ToList();
        }
    }

    protected override async Task<CommandResult?> ExecuteAsync()
    {
        var heldOn = ReadDate(Input.HeldOn, nameof(Input.HeldOn), "the date the conversation was held", Today);
        var actions = Input.Actions.Select((row, i) => new AgreedAction(row.Description, row.OwnerId,
            ReadDate(row.DueDate, $"{nameof(Input.Actions)}[{i}].{nameof(row.DueDate)}", $"the date action {i + 1} is due", LatestDueDate))).ToList();
        return await commands.SendAsync(new RecordConversationCommand(Id, Version, heldOn, Input.Learning, Input.AttendedIds, Input.EarlierReason, actions),
            CurrentStaffId, FormErrors());
    }

    public sealed class RecordInput
    {
        public DateInput HeldOn { get; set; } = new();
        public List<string> AttendedIds { get; set; } = [];
        [DataType(DataType.MultilineText)]
        public string? Learning { get; set; }
        [DataType(DataType.MultilineText)]
        public string? EarlierReason { get; set; }
        public List<ActionRow> Actions { get; set; } = [];
    }

    /// <summary>One remedial action agreed: a learning action for the practitioner's practice.</summary>
    public sealed class ActionRow
    {
        [DataType(DataType.MultilineText)]
        public string? Description { get; set; }
        public string? OwnerId { get; set; }
        public DateInput DueDate { get; set; } = new();
    }
}
