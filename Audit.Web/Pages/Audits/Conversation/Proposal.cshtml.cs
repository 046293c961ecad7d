using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Conversations;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Audits.Conversation;

/// <summary>The organiser accepts a proposed time (the conversation moves, everyone gets the update) or keeps theirs.</summary>
public sealed class ProposalModel(AuditAccess access, AuditOverviews records, AuditCommands commands) : AuditStepPageModel(access, records)
{
    [FromRoute]
    public int InviteeId { get; set; }

    [BindProperty]
    public ProposalInput Input { get; set; } = new();

    public static IReadOnlyList<SelectListItem> Decisions { get; } =
    [
        new("Accept the new time and send everyone the update", "true"),
        new("Keep the time I set", "false"),
    ];

    public ReflectiveConversation? Current => ConversationPolicy.Current(Audit);

    public ConversationInvitee? Proposal => Current?.Invitees.FirstOrDefault(i => i.Id == InviteeId && ConversationPolicy.IsPendingProposal(i));

    public override AuditTrigger Trigger => AuditTrigger.DecideProposal;

    public override string Heading => "Decide on a proposed time";

    public override string SubmitText => "Save decision";

    protected override string SuccessText => Input.Accept == true ? "You have moved the conversation to the proposed time and sent the update" : "You have kept the time you set";

    protected override async Task<CommandResult?> ExecuteAsync() =>
        await commands.SendAsync(new DecideProposalCommand(Id, Version, InviteeId, Input.Accept), CurrentStaffId, FormErrors());

    public sealed class ProposalInput
    {
        public bool? Accept { get; set; }
    }
}
