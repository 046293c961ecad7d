using Audit.Data.Models;

namespace Audit.Workflows.DeepDive.Stages;

/// <summary>The posts in the organisation that hold a stage of the workflow for the case's part of it.</summary>
public enum Post
{
    AssistantDirector,
    ServiceManager,
}

/// <summary>Who holds an audit's current stage, as deadlines, emails and the audit page need it.</summary>
/// <param name="StaffId">The one person who must act, or null for a pool.</param>
/// <param name="PoolRole">For a pool: the role whose holders may act.</param>
/// <param name="Description">In words, for the audit page: "Ada Director (assistant director)".</param>
/// <param name="VacantPost">The post the QA leads hold the stage for, when no one in that post can act.</param>
public sealed record StageHolder(string? StaffId, string? PoolRole, string Description, Post? VacantPost = null)
{
    public static StageHolder None { get; } = new(null, null, "No one: the audit is finished");
}

/// <summary>
/// Who holds each stage. The auditor holds the audit until it is submitted; moderation is any practice improvement
/// manager's until one takes it; the co-sign belongs to the assistant director for the case's directorate and the
/// reflective conversation to the service manager for its service area. When that post is empty, or its holder has
/// been deactivated, the stage goes to the QA leads — who act for the post (the history says so) or name a stand-in —
/// so that no audit waits on someone who cannot act. Reads the organisation from the audit: the case's team,
/// service area and directorate with their post-holders, the stand-in and the moderator must be loaded.
/// </summary>
public static class StageHolding
{
    /// <summary>The post whose holder acts at this stage, or null for stages held by people on the audit itself.</summary>
    public static Post? PostFor(AuditState state) => state switch
    {
        AuditState.AwaitingCoSign => Post.AssistantDirector,
        AuditState.AwaitingReflectiveConversation => Post.ServiceManager,
        _ => null,
    };

    public static string Name(this Post post) => post switch
    {
        Post.AssistantDirector => "assistant director",
        _ => "service manager",
    };

    public static string Role(this Post post) => post switch
    {
        Post.AssistantDirector => Roles.AssistantDirector,
        _ => Roles.ServiceManager,
    };

    /// <summary>Who the organisation names in the post for this audit's case (active or not).</summary>
    public static string? PostHolderId(CaseAudit audit, Post post) => post switch
    {
        Post.AssistantDirector => audit.CaseFile?.Team?.ServiceArea?.Directorate?.AssistantDirectorId,
        _ => audit.CaseFile?.Team?.ServiceArea?.ServiceManagerId,
    };

    private static StaffMember? PostHolder(CaseAudit audit, Post post) => post switch
    {
        Post.AssistantDirector => audit.CaseFile?.Team?.ServiceArea?.Directorate?.AssistantDirector,
        _ => audit.CaseFile?.Team?.ServiceArea?.ServiceManager,
    };

    /// <summary>The stand-in named for the stage the audit is in now (a stand-in for an earlier stage no longer counts).</summary>
    public static string? StandInId(CaseAudit audit) => audit.StandInState == audit.State ? audit.StandInId : null;

    /// <summary>
    /// True when the post for the audit's current stage has no one who can act and no stand-in: the post is empty, or
    /// its holder has been deactivated.
    /// </summary>
    public static bool IsVacant(CaseAudit audit) =>
        PostFor(audit.State) is { } post && StandInId(audit) is null
        && (PostHolderId(audit, post) is null || PostHolder(audit, post) is { IsActive: false });

    public static StageHolder For(CaseAudit audit)
    {
        switch (audit.State)
        {
            case AuditState.Allocated or AuditState.InProgress or AuditState.ReturnedToAuditor:
                return new StageHolder(audit.AuditorId, null, $"{audit.Auditor?.FullName ?? "The allocated auditor"} (auditor)");
            case AuditState.AwaitingModeration:
                return audit.ModerationTakenById is { } takerId
                    ? new StageHolder(takerId, null, $"{audit.ModerationTakenBy?.FullName ?? "A practice improvement manager"} (taken for moderation)")
                    : new StageHolder(null, Roles.PracticeImprovementManager, "Any practice improvement manager (not yet taken)");
            case AuditState.ActionsOutstanding:
                return new StageHolder(null, null, "The owners of the open actions");
            case AuditState.Closed or AuditState.Cancelled:
                return StageHolder.None;
        }

        var post = PostFor(audit.State)!.Value;
        if (StandInId(audit) is { } standInId)
        {
            return new StageHolder(standInId, null, $"{audit.StandIn?.FullName ?? "A stand-in"} (standing in for the {post.Name()})");
        }

        if (!IsVacant(audit))
        {
            return new StageHolder(PostHolderId(audit, post), null, $"{PostHolder(audit, post)?.FullName ?? "The post-holder"} ({post.Name()})");
        }

        var why = PostHolderId(audit, post) is null ? $"no {post.Name()} is in post" : $"the {post.Name()} has left";
        return new StageHolder(null, Roles.QaLead, $"QA leads, acting for the {post.Name()} ({why})", post);
    }
}
