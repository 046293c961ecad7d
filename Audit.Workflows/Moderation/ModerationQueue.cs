using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Moderation;

public sealed record ModerationQueueFilter(int? ServiceAreaId = null, int? ToolId = null);

/// <summary>One audit awaiting moderation, as the queue shows it.</summary>
public sealed record ModerationQueueRow(
    int AuditId,
    int Version,
    Grade? Grade,
    bool ImmediateResponseRaised,
    string ToolName,
    string ServiceAreaName,
    string AuditorName,
    DateOnly? DueDate,
    int? WorkingDaysLeft,
    string? TakenById,
    string? TakenByName,
    string? CameBack,
    bool CanTake = false,
    bool CanRelease = false)
{
    public string Reference => $"AUD-{AuditId:D6}";

    /// <summary>Inadequate, or a child was found at risk: the QA framework asks for swift moderation.</summary>
    public bool IsUrgent => Grade == Data.Models.Grade.Inadequate || ImmediateResponseRaised;

    public bool IsOverdue => WorkingDaysLeft < 0;
}

/// <summary>
/// The practice improvement managers' queue: every audit awaiting moderation that this person may moderate (never one
/// they audited, nor one where they manage the practitioner), immediate responses and inadequate grades first, then
/// the least time left. Taken audits stay in the list, showing who has them.
/// </summary>
public sealed class ModerationQueue(AuditDbContext db, AuditAccess access, DeepDiveWorkflows workflows, WorkingDays workingDays, TimeProvider clock)
{
    public async Task<IReadOnlyList<ModerationQueueRow>> ForAsync(string staffId, ModerationQueueFilter filter, CancellationToken cancellationToken = default)
    {
        var query = db.CaseAudits.AsNoTracking()
            .Where(a => a.State == AuditState.AwaitingModeration && a.AuditorId != staffId && a.CaseFile!.Team!.TeamManagerId != staffId);
        if (filter.ServiceAreaId is { } serviceAreaId)
        {
            query = query.Where(a => a.CaseFile!.Team!.ServiceAreaId == serviceAreaId);
        }

        if (filter.ToolId is { } toolId)
        {
            query = query.Where(a => a.ToolVersion!.AuditToolId == toolId);
        }

        var rows = await query.Select(a => new
        {
            a.Id,
            a.Version,
            a.FinalGrade,
            a.ImmediateResponseRaised,
            Tool = a.ToolVersion == null ? "No tool" : a.ToolVersion.Tool!.Name,
            ServiceArea = a.CaseFile!.Team!.ServiceArea!.Name,
            Auditor = a.Auditor!.FullName,
            DueAt = db.Deadlines.Where(d => d.CaseAuditId == a.Id && d.Kind == DeadlineKind.ModerationDue && d.CompletedAt == null)
                .OrderByDescending(d => d.Id).Select(d => (DateTimeOffset?)d.DueAt).FirstOrDefault(),
            a.ModerationTakenById,
            TakenBy = a.ModerationTakenBy == null ? null : a.ModerationTakenBy.FullName,
            // How it came into moderation this time: first submitted, resubmitted after a return, or sent back.
            Arrival = a.History.Where(h => h.ToState == AuditState.AwaitingModeration && h.FromState != AuditState.AwaitingModeration)
                .OrderByDescending(h => h.Id).Select(h => new { h.FromState, h.Trigger }).FirstOrDefault(),
        }).ToListAsync(cancellationToken);

        var today = UkTime.Today(clock);
        // Whether this person may take or release each one is the workflow's answer, as everywhere else.
        var audits = (await access.LoadManyAsync(rows.Select(r => r.Id).ToList(), cancellationToken)).ToDictionary(a => a.Id);
        var result = new List<ModerationQueueRow>();
        foreach (var row in rows)
        {
            var workflow = await workflows.ForAsync(audits[row.Id], staffId, cancellationToken);
            DateOnly? due = row.DueAt is { } at ? DateOnly.FromDateTime(UkTime.ToUk(at.AddTicks(-1)).DateTime) : null;
            int? left = due is { } d ? await workingDays.LeftAsync(today, d, cancellationToken) : null;
            var cameBack = row.Arrival switch
            {
                { Trigger: nameof(AuditTrigger.SendBackToModeration) } => "Sent back by the assistant director",
                { FromState: AuditState.ReturnedToAuditor } => "Resubmitted after a return",
                _ => null,
            };
            result.Add(new ModerationQueueRow(row.Id, row.Version, row.FinalGrade, row.ImmediateResponseRaised, row.Tool, row.ServiceArea, row.Auditor,
                due, left, row.ModerationTakenById, row.TakenBy, cameBack,
                workflow.Check(AuditTrigger.TakeForModeration).IsAllowed, workflow.Check(AuditTrigger.ReleaseModeration).IsAllowed));
        }

        return result
            .OrderBy(r => r.IsUrgent ? 0 : 1)
            .ThenBy(r => r.WorkingDaysLeft ?? int.MaxValue)
            .ThenBy(r => r.AuditId)
            .ToList();
    }

    /// <summary>The service areas and tools to filter by, by name.</summary>
    public async Task<(IReadOnlyList<Choice<int>> ServiceAreas, IReadOnlyList<Choice<int>> Tools)> FiltersAsync(CancellationToken cancellationToken = default)
    {
        var serviceAreas = await db.ServiceAreas.AsNoTracking().Select(s => new Choice<int>(s.Id, s.Name)).ToListAsync(cancellationToken);
        var tools = await db.AuditTools.AsNoTracking().Select(t => new Choice<int>(t.Id, t.Name)).ToListAsync(cancellationToken);
        return (serviceAreas.OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase).ToList(),
            tools.OrderBy(t => t.Name, StringComparer.CurrentCultureIgnoreCase).ToList());
    }
}
