using System.ComponentModel.DataAnnotations;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Conversations;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Web.Pages.Audits.Conversation;

public sealed class RecordModel(AuditAccess access, AuditOverviews records, AuditCommands commands) : AuditStepPageModel(access, records)
{
    [BindProperty]
    public RecordInput Input { get; set; } = new();

    public ReflectiveConversation? Current => ConversationPolicy.Current(Audit);

    public IReadOnlyList<SelectListItem> Invited { get; private set; } = [];

    public override AuditTrigger Trigger => AuditTrigger.RecordConversation;

    public override string Heading => "Record the reflective conversation";

    public override string SubmitText => "Save the conversation";

    protected override string SuccessText => "You have recorded the reflective conversation";

    protected override Task PrepareFormAsync(bool firstView)
    {
        Invited = (Current?.Invitees ?? []).OrderBy(i => i.Staff?.FullName)
            .Select(i => new SelectListItem(i.Staff?.FullName ?? "Unknown", i.StaffId)).ToList();
        if (firstView && Current is { } current && current.StartsAt <= HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow())
        {
            Input.HeldOn = DateInput.From(DateOnly.FromDateTime(UkTime.ToUk(current.StartsAt).DateTime));
            Input.AttendedIds = current.Invitees.Where(i => i.Answer == InvitationAnswer.Accepted).Select(i => i.StaffId).ToList();
        }

        return Task.CompletedTask;
    }

    protected override async Task<CommandResult?> ExecuteAsync()
    {
        var heldOn = ReadDate(Input.HeldOn, nameof(Input.HeldOn), "the date the conversation was held", Today);
        return await commands.SendAsync(new RecordConversationCommand(Id, Version, heldOn, Input.Learning, Input.AttendedIds, Input.EarlierReason),
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
    }
}
