using System.Reflection;
using Audit.Data;
using Audit.Data.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Audit.Workflows.Retention;

/// <summary>
/// The retention rule: once an audit has been closed or cancelled for the configured number of years, every
/// <see cref="FreeTextAttribute"/> property of the audit and of everything recorded on it is removed, and a history
/// row says so. The dry run lists exactly the audits (and how many pieces of text) the real run would change.
/// </summary>
public sealed partial class RetentionRule(AuditDbContext db, TimeProvider clock, IOptions<RetentionOptions> options, ILogger<RetentionRule> logger)
{
    public const string Removed = "Removed under the retention rule.";
    public const string HistoryTrigger = "RetentionApplied";

    public sealed record Candidate(int AuditId, string Reference, DateTimeOffset ClosedAt, int TextsToRemove);

    /// <summary>One row with free text, and the audit it belongs to.</summary>
    private sealed record Row(object Entity, int AuditId);

    /// <summary>The entities whose free text the rule removes, each found by the audit it belongs to.</summary>
    private IEnumerable<(Type Type, Func<List<int>, IQueryable<Row>> Rows)> Scopes()
    {
        yield return (typeof(CaseAudit), ids => db.CaseAudits.Where(a => ids.Contains(a.Id)).Select(a => new Row(a, a.Id)));
        yield return (typeof(AuditRecord), ids => db.AuditRecords.Where(r => ids.Contains(r.CaseAuditId)).Select(r => new Row(r, r.CaseAuditId)));
        yield return (typeof(SectionResponse), ids => db.SectionResponses.Where(r => ids.Contains(r.CaseAuditId)).Select(r => new Row(r, r.CaseAuditId)));
        yield return (typeof(AuditAction), ids => db.AuditActions.Where(a => ids.Contains(a.CaseAuditId)).Select(a => new Row(a, a.CaseAuditId)));
        yield return (typeof(ImmediateResponse), ids => db.ImmediateResponses.Where(r => ids.Contains(r.CaseAuditId)).Select(r => new Row(r, r.CaseAuditId)));
        yield return (typeof(ImmediateResponseAcknowledgement), ids => db.ImmediateResponseAcknowledgements
            .Join(db.ImmediateResponses, a => a.ImmediateResponseId, r => r.Id, (a, r) => new { a, r.CaseAuditId })
            .Where(x => ids.Contains(x.CaseAuditId)).Select(x => new Row(x.a, x.CaseAuditId)));
        yield return (typeof(GradeChange), ids => db.GradeChanges.Where(c => ids.Contains(c.CaseAuditId)).Select(c => new Row(c, c.CaseAuditId)));
        yield return (typeof(SectionModerationNote), ids => db.SectionModerationNotes.Where(n => ids.Contains(n.CaseAuditId)).Select(n => new Row(n, n.CaseAuditId)));
        yield return (typeof(ReflectiveConversation), ids => db.ReflectiveConversations.Where(c => ids.Contains(c.CaseAuditId)).Select(c => new Row(c, c.CaseAuditId)));
        yield return (typeof(ConversationInvitee), ids => db.ConversationInvitees
            .Join(db.ReflectiveConversations, i => i.ReflectiveConversationId, c => c.Id, (i, c) => new { i, c.CaseAuditId })
            .Where(x => ids.Contains(x.CaseAuditId)).Select(x => new Row(x.i, x.CaseAuditId)));
        yield return (typeof(ExtensionRequest), ids => db.ExtensionRequests.Where(r => ids.Contains(r.CaseAuditId)).Select(r => new Row(r, r.CaseAuditId)));
        yield return (typeof(AuditHistoryEntry), ids => db.AuditHistory.Where(h => ids.Contains(h.CaseAuditId)).Select(h => new Row(h, h.CaseAuditId)));
    }

    /// <summary>The entity types the rule covers; every type with free text must be one of them.</summary>
    public IReadOnlyList<Type> CoveredTypes => Scopes().Select(s => s.Type).ToList();

    public static IReadOnlyList<PropertyInfo> FreeTextProperties(Type type) =>
        type.GetProperties().Where(p => p.PropertyType == typeof(string) && p.GetCustomAttribute<FreeTextAttribute>() is not null).ToList();

    /// <summary>What the rule would change now, oldest closure first; nothing when no retention period is set.</summary>
    public async Task<IReadOnlyList<Candidate>> DryRunAsync(int? yearsAfterClosure = null, CancellationToken cancellationToken = default)
    {
        var years = yearsAfterClosure ?? options.Value.YearsAfterClosure;
        if (years is not { } y || y < 1)
        {
            return [];
        }

        var cutoff = clock.GetUtcNow().AddYears(-y);
        var due = await db.CaseAudits.AsNoTracking()
            .Where(a => (a.ClosedAt != null && a.ClosedAt < cutoff) || (a.ClosedAt == null && a.CancelledAt != null && a.CancelledAt < cutoff))
            .Select(a => new { a.Id, ClosedAt = a.ClosedAt ?? a.CancelledAt!.Value })
            .ToListAsync(cancellationToken);
        var ids = due.Select(a => a.Id).ToList();
        var texts = ids.ToDictionary(id => id, _ => 0);
        foreach (var (type, rows) in Scopes())
        {
            var properties = FreeTextProperties(type);
            foreach (var row in await rows(ids).AsNoTracking().ToListAsync(cancellationToken))
            {
                texts[row.AuditId] += properties.Count(p => p.GetValue(row.Entity) is string text && text.Length > 0 && text != Removed);
            }
        }

        return due.Where(a => texts[a.Id] > 0).OrderBy(a => a.ClosedAt).ThenBy(a => a.Id)
            .Select(a => new Candidate(a.Id, $"AUD-{a.Id:D6}", a.ClosedAt, texts[a.Id])).ToList();
    }

    /// <summary>Removes the free text of every audit the dry run lists, in one transaction; returns what it changed.</summary>
    public async Task<IReadOnlyList<Candidate>> ApplyAsync(int? yearsAfterClosure = null, CancellationToken cancellationToken = default)
    {
        var candidates = await DryRunAsync(yearsAfterClosure, cancellationToken);
        if (candidates.Count == 0)
        {
            return candidates;
        }

        var ids = candidates.Select(c => c.AuditId).ToList();
        var now = clock.GetUtcNow();
        foreach (var (type, rows) in Scopes())
        {
            var properties = FreeTextProperties(type);
            foreach (var row in await rows(ids).ToListAsync(cancellationToken))
            {
                foreach (var property in properties.Where(p => p.GetValue(row.Entity) is string { Length: > 0 }))
                {
                    property.SetValue(row.Entity, IsRequired(type, property) ? Removed : null);
                }
            }
        }

        var states = await db.CaseAudits.Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.State }).ToListAsync(cancellationToken);
        db.AuditHistory.AddRange(states.Select(a => new AuditHistoryEntry
        {
            CaseAuditId = a.Id, OccurredAt = now, FromState = a.State, ToState = a.State, Trigger = HistoryTrigger,
        }));
        await db.SaveChangesAsync(cancellationToken);
        LogApplied(logger, candidates.Count);
        return candidates;
    }

    private bool IsRequired(Type type, PropertyInfo property) =>
        db.Model.FindEntityType(type)?.FindProperty(property.Name)?.IsNullable == false;

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention rule removed the free text of {Count} audits")]
    private static partial void LogApplied(ILogger logger, int count);
}
