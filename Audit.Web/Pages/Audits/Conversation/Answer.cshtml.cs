using System.ComponentModel.DataAnnotations;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Conversations;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Audits.Conversation;

/// <summary>The invitation page, linked from the invitation email and My work: accept, decline with a reason, or propose another time.</summary>
public sealed class AnswerModel(AuditAccess access, AuditOverviews records, AuditCommands commands) : AuditStepPageModel(access, records)
{
    [BindProperty]
    public AnswerInput Input { get; set; } = new();

    public static IReadOnlyList<SelectListItem> Answers { get; } =
    [
        new("Yes, I will attend", nameof(InvitationAnswer.Accepted)),
        new("No, I cannot attend", nameof(InvitationAnswer.Declined)),
        new("I propose another time", nameof(InvitationAnswer.ProposedNewTime)),
    ];

    public ReflectiveConversation? Current => ConversationPolicy.Current(Audit);

    public ConversationInvitee? Mine => Current?.Invitees.FirstOrDefault(i => i.StaffId == CurrentStaffId);

    public override AuditTrigger Trigger => AuditTrigger.AnswerInvitation;

    public override string Heading => "Reflective conversation invitation";

    public override string SubmitText => "Send your answer";

    protected override string SuccessText => "You have answered the invitation. The organiser has been told";

    protected override async Task<CommandResult?> ExecuteAsync()
    {
        var proposing = Input.Answer == InvitationAnswer.ProposedNewTime;
        var date = proposing ? ReadDate(Input.ProposedDate, nameof(Input.ProposedDate), "the date you propose", LatestDueDate) : null;
        var start = proposing ? ConversationForm.ReadTime(ModelState, Input.ProposedStartTime, nameof(Input.ProposedStartTime)) : null;
        var end = proposing ? ConversationForm.ReadTime(ModelState, Input.ProposedEndTime, nameof(Input.ProposedEndTime)) : null;
        return await commands.SendAsync(new AnswerInvitationCommand(Id, Version, Input.Answer, Input.Answer == InvitationAnswer.Declined ? Input.DeclineReason : null,
            date, start, end), CurrentStaffId, FormErrors());
    }

    public sealed class AnswerInput
    {
        public InvitationAnswer? Answer { get; set; }
        [DataType(DataType.MultilineText)]
        public string? DeclineReason { get; set; }
        public DateInput ProposedDate { get; set; } = new();
        public string? ProposedStartTime { get; set; }
        public string? ProposedEndTime { get; set; }
    }
}
