using System.ComponentModel.DataAnnotations;
using Audit.Workflows.Common;
using Audit.Workflows.Conversations;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Audits.Conversation;

public sealed class ScheduleModel(AuditAccess access, AuditOverviews records, AuditCommands commands, ConversationQueries queries)
    : AuditStepPageModel(access, records)
{
    [BindProperty]
    public ScheduleInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Others { get; private set; } = [];

    /// <summary>A conversation is already planned: this form moves it.</summary>
    public bool IsMove => ConversationPolicy.Current(Audit) is not null;

    public override AuditTrigger Trigger => AuditTrigger.ScheduleConversation;

    public override string Heading => IsMove ? "Move the reflective conversation" : "Schedule the reflective conversation";

    public override string SubmitText => IsMove ? "Move and send the update" : "Schedule and send invitations";

    protected override string SuccessText => IsMove ? "You have moved the reflective conversation and sent the update" : "You have scheduled the reflective conversation and sent the invitations";

    protected override async Task PrepareFormAsync(bool firstView)
    {
        var current = ConversationPolicy.Current(Audit);
        Others = (await queries.OthersToInviteAsync(Audit, CurrentStaffId, HttpContext.RequestAborted))
            .Select(p => new SelectListItem(p.Name, p.Id)).ToList();
        if (firstView && current is not null)
        {
            var start = UkTime.ToUk(current.StartsAt);
            Input.Date = DateInput.From(DateOnly.FromDateTime(start.DateTime));
            Input.StartTime = $"{start:HH:mm}";
            Input.EndTime = $"{UkTime.ToUk(current.EndsAt):HH:mm}";
            Input.Location = current.Location;
            Input.AgendaNote = current.AgendaNote;
            Input.OtherInviteeIds = current.Invitees.Select(i => i.StaffId).Where(id => Others.Any(o => o.Value == id)).ToList();
        }
    }

    protected override async Task<CommandResult?> ExecuteAsync()
    {
        var date = ReadDate(Input.Date, nameof(Input.Date), "the date of the conversation", LatestDueDate);
        var start = ConversationForm.ReadTime(ModelState, Input.StartTime, nameof(Input.StartTime));
        var end = ConversationForm.ReadTime(ModelState, Input.EndTime, nameof(Input.EndTime));
        return await commands.SendAsync(new ScheduleConversationCommand(Id, Version, date, start, end, Input.Location, Input.AgendaNote, Input.OtherInviteeIds),
            CurrentStaffId, FormErrors());
    }

    public sealed class ScheduleInput
    {
        public DateInput Date { get; set; } = new();
        public string? StartTime { get; set; }
        public string? EndTime { get; set; }
        public string? Location { get; set; }
        [DataType(DataType.MultilineText)]
        public string? AgendaNote { get; set; }
        public List<string> OtherInviteeIds { get; set; } = [];
    }
}
