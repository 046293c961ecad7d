using Audit.Data.Models;

namespace Audit.Web.Pages.Audits.Conversation;

public static class ConversationDisplay
{
    /// <summary>An invitee's answer as the audit page shows it.</summary>
    public static string Answer(ConversationInvitee invitee) => invitee.Answer switch
    {
        InvitationAnswer.Accepted => "Accepted",
        InvitationAnswer.Declined => "Declined",
        InvitationAnswer.ProposedNewTime when invitee.ProposedStart is { } start && invitee.ProposedEnd is { } end =>
            $"Proposed {UkDisplay.DateTime(start)} to {UkDisplay.Time(end)}{(invitee.ProposalDeclinedAt is null ? string.Empty : " (not accepted)")}",
        _ => "Not yet answered",
    };

    public static string TagClass(ConversationInvitee invitee) => invitee.Answer switch
    {
        InvitationAnswer.Accepted => "govuk-tag--green",
        InvitationAnswer.Declined => "govuk-tag--red",
        InvitationAnswer.ProposedNewTime => "govuk-tag--yellow",
        _ => "govuk-tag--grey",
    };
}
