using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Stages;

namespace Audit.Web.Pages.Audits;

/// <summary>Where each trigger's form lives. Which triggers to offer is the workflow's decision, never this class's.</summary>
public static class AuditLinks
{
    public sealed record ActionLink(string Text, string Href, bool IsWarning, bool IsSecondary);

    /// <summary>The buttons for the permitted triggers: moderation's three outcomes share one form, as do co-signing and
    /// sending back; each action's steps are on the action's page; recording answers and raising an immediate response
    /// have their own places on the page; closing happens by itself when the last action is confirmed, or earlier
    /// when a QA lead closes the audit with a reason.</summary>
    public static IReadOnlyList<ActionLink> Buttons(int auditId, IEnumerable<AuditTrigger> permitted) =>
        permitted.Select(t => t switch
            {
                AuditTrigger.Start => new ActionLink("Start audit", $"/audits/{auditId}/start", false, false),
                AuditTrigger.Submit => new ActionLink("Submit audit", $"/audits/{auditId}/record/check", false, false),
                AuditTrigger.TakeForModeration => new ActionLink("Take for moderation", $"/audits/{auditId}/take", false, true),
                AuditTrigger.ReleaseModeration => new ActionLink("Release to the moderation queue", $"/audits/{auditId}/release", false, true),
                AuditTrigger.AgreeGrade or AuditTrigger.ChangeGrade or AuditTrigger.ReturnToAuditor =>
                    new ActionLink("Moderate audit", $"/audits/{auditId}/moderate", false, false),
                AuditTrigger.CoSign or AuditTrigger.SendBackToModeration => new ActionLink("Co-sign", $"/audits/{auditId}/co-sign", false, false),
                AuditTrigger.NameStandIn => new ActionLink("Name a stand-in", $"/audits/{auditId}/stand-in", false, true),
                AuditTrigger.ScheduleConversation => new ActionLink("Schedule reflective conversation", $"/audits/{auditId}/schedule-conversation", false, true),
                AuditTrigger.CancelConversation => new ActionLink("Cancel reflective conversation", $"/audits/{auditId}/conversation/cancel", false, true),
                AuditTrigger.AnswerInvitation => new ActionLink("Answer the invitation", $"/audits/{auditId}/conversation/answer", false, false),
                AuditTrigger.RecordConversation => new ActionLink("Record reflective conversation", $"/audits/{auditId}/record-conversation", false, false),
                AuditTrigger.WriteReflections => new ActionLink("Write your reflections", $"/audits/{auditId}/practitioner/reflections", false, false),
                AuditTrigger.RespondToFindings => new ActionLink("Respond to the findings", $"/audits/{auditId}/practitioner/response", false, true),
                AuditTrigger.Reallocate => new ActionLink("Reallocate", $"/audits/{auditId}/reallocate", false, true),
                AuditTrigger.Extend => new ActionLink("Extend due date", $"/audits/{auditId}/extend", false, true),
                AuditTrigger.RequestExtension => new ActionLink("Ask for more time", $"/audits/{auditId}/extension/request", false, true),
                AuditTrigger.DecideExtension => new ActionLink("Decide on the request for more time", $"/audits/{auditId}/extension", false, false),
                AuditTrigger.Close => new ActionLink("Close audit", $"/audits/{auditId}/close", false, true),
                AuditTrigger.Cancel => new ActionLink("Cancel audit", $"/audits/{auditId}/cancel", true, false),
                _ => null,
            })
            .OfType<ActionLink>()
            .DistinctBy(l => l.Href)
            .ToList();

    /// <summary>How a history row's trigger reads: the trigger's own words, or the allocation that began the audit.</summary>
    public static string HistoryTitle(string trigger) =>
        Enum.TryParse<AuditTrigger>(trigger, out var t) ? t.Display()
        : trigger switch
        {
            "Allocate" => "Allocated",
            StageHandover.Trigger => "Stage handed over",
            "AcknowledgeImmediateResponse" => "Immediate response acknowledged",
            Audit.Workflows.Retention.RetentionRule.HistoryTrigger => "Free text removed under the retention rule (grades and dates kept)",
            _ => trigger,
        };
}
