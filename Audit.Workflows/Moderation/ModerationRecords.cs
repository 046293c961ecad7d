using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.DeepDive;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Moderation;

/// <summary>A graded section as moderation sees it: the auditor's grade and evidence, and the grade it has now.</summary>
public sealed record ModeratedSection(int SectionId, string Title, Grade AuditorGrade, Grade CurrentGrade, string? Evidence);

/// <summary>A grade changed at moderation, for the history and the co-sign page.</summary>
public sealed record GradeChangeView(string? SectionTitle, Grade From, Grade To, string Reason, string ChangedBy, DateTimeOffset ChangedAt, long? HistoryEntryId)
{
    public string What => SectionTitle ?? "Overall grade";
}

/// <summary>What a moderator wrote about a section when they decided.</summary>
public sealed record SectionNoteView(int SectionId, string SectionTitle, SectionNoteKind Kind, string Text, long? HistoryEntryId);

/// <summary>The moderation's own records of an audit: its sections, grade changes, notes and the comments that sent it back.</summary>
public sealed class ModerationRecords(AuditDbContext db)
{
    /// <summary>The sections moderation decides on: graded ones the auditor gave a grade (not "not applicable"), in the tool's order.</summary>
    public async Task<IReadOnlyList<ModeratedSection>> SectionsAsync(int auditId, CancellationToken cancellationToken = default) =>
        (await db.SectionResponses.AsNoTracking()
            .Where(r => r.CaseAuditId == auditId && r.Section!.IsGraded && !r.NotApplicable && r.Grade != null)
            .OrderBy(r => r.Section!.Position)
            .Select(r => new { r.ToolSectionId, r.Section!.Title, r.Grade, r.ModeratedGrade, r.Evidence })
            .ToListAsync(cancellationToken))
        .Select(r => new ModeratedSection(r.ToolSectionId, r.Title, r.Grade!.Value, r.ModeratedGrade ?? r.Grade!.Value, r.Evidence))
        .ToList();

    public async Task<IReadOnlyList<GradeChangeView>> GradeChangesAsync(int auditId, CancellationToken cancellationToken = default) =>
        await db.GradeChanges.AsNoTracking()
            .Where(g => g.CaseAuditId == auditId)
            .OrderBy(g => g.Id)
            .Select(g => new GradeChangeView(g.Section == null ? null : g.Section.Title, g.FromGrade, g.ToGrade, g.Reason, g.ChangedBy!.FullName, g.ChangedAt, g.HistoryEntryId))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<SectionNoteView>> NotesAsync(int auditId, CancellationToken cancellationToken = default) =>
        await db.SectionModerationNotes.AsNoTracking()
            .Where(n => n.CaseAuditId == auditId)
            .OrderBy(n => n.Id)
            .Select(n => new SectionNoteView(n.ToolSectionId, n.Section!.Title, n.Kind, n.Text, n.HistoryEntryId))
            .ToListAsync(cancellationToken);

    /// <summary>The latest time moderation returned the audit, with what the moderator said overall and per section.</summary>
    public async Task<ReturnedFeedback?> LatestReturnAsync(int auditId, CancellationToken cancellationToken = default)
    {
        var entry = await LatestAsync(auditId, AuditTrigger.ReturnToAuditor, cancellationToken);
        if (entry is null)
        {
            return null;
        }

        var notes = (await NotesAsync(auditId, cancellationToken)).Where(n => n.HistoryEntryId == entry.Id).ToList();
        return new ReturnedFeedback(entry.Comment, entry.OccurredAt, notes);
    }

    /// <summary>The assistant director's comment, when sending it back is how the audit came to be awaiting moderation now.</summary>
    public async Task<string?> SentBackCommentAsync(int auditId, CancellationToken cancellationToken = default)
    {
        var arrival = await db.AuditHistory.AsNoTracking()
            .Where(h => h.CaseAuditId == auditId && h.ToState == AuditState.AwaitingModeration && h.FromState != AuditState.AwaitingModeration)
            .OrderByDescending(h => h.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var current = await db.CaseAudits.Where(a => a.Id == auditId).Select(a => a.State).FirstOrDefaultAsync(cancellationToken);
        return current == AuditState.AwaitingModeration && arrival?.Trigger == nameof(AuditTrigger.SendBackToModeration) ? arrival.Comment : null;
    }

    private Task<AuditHistoryEntry?> LatestAsync(int auditId, AuditTrigger trigger, CancellationToken cancellationToken) =>
        db.AuditHistory.AsNoTracking()
            .Where(h => h.CaseAuditId == auditId && h.Trigger == trigger.ToString())
            .OrderByDescending(h => h.Id)
            .FirstOrDefaultAsync(cancellationToken);
}

/// <summary>What the moderator asked for when they returned the audit: the overall reasons and each section's note.</summary>
public sealed record ReturnedFeedback(string? Overall, DateTimeOffset ReturnedAt, IReadOnlyList<SectionNoteView> Sections);
