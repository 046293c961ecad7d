using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Reporting;

/// <summary>A measure such as "feedback obtained": how many of how many, and the whole percentage.</summary>
public sealed record Measure(string Name, int Count, int OutOf)
{
    public int Percent => Percentages.Of(Count, OutOf);
}

/// <summary>The period's key performance indicators, each counted on what happened in the period.</summary>
public sealed record Kpis(
    Measure FeedbackSought,
    Measure FeedbackObtained,
    Measure DiscussionHeld,
    Measure AuditsOnTime,
    Measure ModerationOnTime,
    Measure ConversationsOnTime,
    int ConversationsHeld,
    Measure ActionsDoneOnTime,
    int ActionsDoneLate,
    int ActionsOverdue,
    Measure ImmediateResponsesAcknowledgedInTime,
    int ImmediateResponsesAwaiting)
{
    public IReadOnlyList<Measure> Measures =>
        [FeedbackSought, FeedbackObtained, DiscussionHeld, AuditsOnTime, ModerationOnTime, ConversationsOnTime, ActionsDoneOnTime, ImmediateResponsesAcknowledgedInTime];
}

/// <summary>Counts the KPIs: audits by their settled grade in the period; deadlines, actions and immediate responses by their own dates.</summary>
public sealed class KpiQueries(AuditDbContext db, TimeProvider clock)
{
    public async Task<Kpis> CountAsync(IQueryable<CaseAudit> scope, ReportPeriod period, IReadOnlyList<AuditGroup> audits, CancellationToken cancellationToken = default)
    {
        var (start, end) = period.Instants();
        var today = UkTime.Today(clock);

        // A historic import records only the grade and, where the file gave it, the family feedback: it has no due date
        // or discussion, so it counts only in the measures its file could answer. The audits come counted in groups.
        int Audits(Func<AuditGroup, bool> which) => audits.Where(which).Sum(a => a.Count);
        var inWorkflow = Audits(a => !a.Imported);
        var feedbackKnown = Audits(a => !a.Imported || a.FeedbackSought is not null);
        var sought = Audits(a => a.FeedbackSought == true);
        var obtained = Audits(a => a.FeedbackSought == true && a.FeedbackObtained == true);
        var discussed = Audits(a => !a.Imported && a.DiscussionHeld == true);

        // On time is the UK date of the submission against the due date, which is no neutral SQL on an instant stored as
        // a number (SQLite): two columns per audit in the workflow are read (historic imports have none).
        var submissions = await ReportQueries.CompletedIn(scope, period)
            .Where(a => !a.IsImported && a.SubmittedAt != null)
            .Select(a => new { a.DueDate, SubmittedAt = a.SubmittedAt!.Value })
            .ToListAsync(cancellationToken);
        var onTime = submissions.Count(a => DateOnly.FromDateTime(UkTime.ToUk(a.SubmittedAt).DateTime) <= a.DueDate);

        // Each query starts from its own date index and checks the audit is in scope (EXISTS by id), rather than
        // listing every audit in scope first: at 100,000 audits that list was read three times per dashboard.
        // Stage deadlines completed in the period: moderation and reflective conversations within their working days.
        var stages = await db.Deadlines
            .Where(d => scope.Any(a => a.Id == d.CaseAuditId) && (d.Kind == DeadlineKind.ModerationDue || d.Kind == DeadlineKind.ConversationDue)
                && d.CompletedAt >= start && d.CompletedAt < end)
            .Select(d => new { d.Kind, d.DueAt, CompletedAt = d.CompletedAt!.Value })
            .ToListAsync(cancellationToken);
        Measure Stage(string name, DeadlineKind kind) =>
            new(name, stages.Count(d => d.Kind == kind && d.CompletedAt <= d.DueAt), stages.Count(d => d.Kind == kind));

        var held = await scope.CountAsync(a => a.ConversationHeldAt >= start && a.ConversationHeldAt < end, cancellationToken);

        var actions = await db.AuditActions
            .Where(x => scope.Any(a => a.Id == x.CaseAuditId) && x.DueDate >= period.From && x.DueDate <= period.To)
            .Select(x => new { x.DueDate, x.CompletedAt })
            .ToListAsync(cancellationToken);
        var doneOnTime = actions.Count(x => x.CompletedAt is { } at && DateOnly.FromDateTime(UkTime.ToUk(at).DateTime) <= x.DueDate);
        var done = actions.Count(x => x.CompletedAt is not null);

        var responses = await db.ImmediateResponses
            .Where(r => scope.Any(a => a.Id == r.CaseAuditId) && r.RaisedAt >= start && r.RaisedAt < end)
            .Select(r => new { Escalated = r.EscalatedAt != null, Awaiting = r.Acknowledgements.Any(a => a.AcknowledgedAt == null) })
            .ToListAsync(cancellationToken);

        return new Kpis(
            new("Child and family feedback sought", sought, feedbackKnown),
            new("Child and family feedback obtained, where sought", obtained, sought),
            new("Discussion with the practitioner held", discussed, inWorkflow),
            new("Audits submitted by their due date", onTime, inWorkflow),
            Stage("Moderation within its working days", DeadlineKind.ModerationDue),
            Stage("Reflective conversations within their working days", DeadlineKind.ConversationDue),
            held,
            new("Actions due in the period done on time", doneOnTime, actions.Count),
            done - doneOnTime,
            actions.Count(x => x.CompletedAt is null && x.DueDate < today),
            new("Immediate responses acknowledged in time", responses.Count(r => !r.Escalated && !r.Awaiting), responses.Count),
            responses.Count(r => r.Awaiting));
    }
}
