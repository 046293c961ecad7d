using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.DeepDive;
using Audit.Workflows.Programme;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Reporting;

/// <summary>One audit of a thematic dip sample, where it has got to.</summary>
public sealed record DipSampleAudit(int Id, string ServiceArea, string Team, string Auditor, AuditState State, DateOnly DueDate, Grade? FinalGrade)
{
    public string Reference => $"AUD-{Id:D6}";
}

/// <summary>A thematic dip sample in a list: its audits within the viewer's reports, and how many are completed.</summary>
public sealed record DipSampleSummary(int Id, string Name, string Theme, int CycleId, string Cycle, int Audits, int Completed, DateOnly Month);

/// <summary>
/// A thematic dip sample reported together: its audits, the committee sentence over those completed, and each
/// question's grades across the batch, weakest first. Only audits within the viewer's reports are counted.
/// </summary>
public sealed record DipSampleReport(
    DipSampleSummary Batch, DateTimeOffset CreatedAt, string? CreatedBy, int WaitingToAllocate,
    IReadOnlyList<DipSampleAudit> Audits, string Paragraph, IReadOnlyList<GradeShare> Grades, ReportTable Questions);

/// <summary>The thematic dip sample an audit belongs to, and whether this person may open its report.</summary>
public sealed record DipSampleMembership(int BatchId, string Name, bool MaySeeReport);

/// <summary>
/// The thematic dip samples a person may see: all of them for whoever reports on everything (QA leads and practice
/// improvement managers), otherwise those with an audit within their reports (<see cref="AuditAccess.ReportableToAsync"/>).
/// </summary>
public sealed class DipSampleReports(AuditDbContext db, AuditAccess access)
{
    public async Task<IReadOnlyList<DipSampleSummary>?> ListAsync(string staffId, int? cycleId = null, CancellationToken cancellationToken = default)
    {
        if (await access.ReportableToAsync(staffId, cancellationToken) is not { } scope)
        {
            return null;
        }

        return await ListAsync(scope, await access.ReportsOnEverythingAsync(staffId, cancellationToken), cycleId, cancellationToken);
    }

    /// <summary>
    /// The batches over <paramref name="scope"/>, counting only its audits: with <paramref name="everything"/> every
    /// batch (those not yet allocated too), otherwise those with an audit in the scope.
    /// </summary>
    public async Task<IReadOnlyList<DipSampleSummary>> ListAsync(IQueryable<CaseAudit> scope, bool everything, int? cycleId = null, CancellationToken cancellationToken = default)
    {
        var completed = Completed(scope);
        var rows = await db.DipSampleBatches.AsNoTracking()
            .Where(b => cycleId == null || b.AuditCycleId == cycleId)
            .Select(b => new
            {
                b.Id, b.Name, b.ToolVersion!.Notes, b.ToolVersion.Number, b.AuditCycleId, b.Cycle!.Month, b.CreatedAt,
                Audits = scope.Count(a => a.DipSampleBatchId == b.Id && a.State != AuditState.Cancelled),
                Completed = completed.Count(a => a.DipSampleBatchId == b.Id),
            })
            .Where(b => everything || b.Audits > 0)
            .ToListAsync(cancellationToken);
        return rows.OrderByDescending(r => r.Month).ThenByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .Select(r => new DipSampleSummary(r.Id, r.Name, DipSampleThemes.Of(r.Notes, r.Number), r.AuditCycleId, AuditCycle.NameOf(r.Month), r.Audits, r.Completed, r.Month))
            .ToList();
    }

    /// <summary>
    /// Whether this person may open the batch's report: they see reports, and either report on everything or have
    /// one of its audits (not cancelled) within their reports.
    /// </summary>
    public async Task<bool> MaySeeAsync(int batchId, string staffId, CancellationToken cancellationToken = default) =>
        await access.ReportableToAsync(staffId, cancellationToken) is { } scope
        && (await access.ReportsOnEverythingAsync(staffId, cancellationToken)
            || await scope.AnyAsync(a => a.DipSampleBatchId == batchId && a.State != AuditState.Cancelled, cancellationToken));

    /// <summary>The batch of an audit (by its batch id), or null when the audit is in none.</summary>
    public async Task<DipSampleMembership?> MembershipAsync(int? batchId, string staffId, CancellationToken cancellationToken = default)
    {
        if (batchId is not { } id || await db.DipSampleBatches.AsNoTracking().Where(b => b.Id == id).Select(b => b.Name).FirstOrDefaultAsync(cancellationToken) is not { } name)
        {
            return null;
        }

        return new DipSampleMembership(id, name, await MaySeeAsync(id, staffId, cancellationToken));
    }

    /// <summary>The batch's report, or null when it does not exist for this person (<see cref="MaySeeAsync"/>).</summary>
    public async Task<DipSampleReport?> FindAsync(int batchId, string staffId, CancellationToken cancellationToken = default)
    {
        if (!await MaySeeAsync(batchId, staffId, cancellationToken) || await access.ReportableToAsync(staffId, cancellationToken) is not { } scope)
        {
            return null;
        }

        return await BuildAsync(batchId, scope, cancellationToken);
    }

    /// <summary>
    /// The batches with an audit in the viewer's reports completed in the period, each reported as its page reports it
    /// (where it has got to today), oldest first; none when this person sees no reports.
    /// </summary>
    public async Task<IReadOnlyList<DipSampleReport>> InPeriodAsync(string staffId, ReportPeriod period, CancellationToken cancellationToken = default) =>
        await access.ReportableToAsync(staffId, cancellationToken) is { } scope ? await InPeriodAsync(scope, period, cancellationToken) : [];

    /// <summary>The batches with an audit of <paramref name="scope"/> completed in the period: every audit for the command line.</summary>
    public async Task<IReadOnlyList<DipSampleReport>> InPeriodAsync(IQueryable<CaseAudit> scope, ReportPeriod period, CancellationToken cancellationToken = default)
    {
        var ids = await ReportQueries.CompletedIn(scope, period)
            .Where(a => a.DipSampleBatchId != null)
            .Select(a => a.DipSampleBatchId!.Value)
            .Distinct()
            .ToListAsync(cancellationToken);
        var reports = new List<DipSampleReport>(ids.Count);
        foreach (var id in ids.Order())
        {
            if (await BuildAsync(id, scope, cancellationToken) is { } report)
            {
                reports.Add(report);
            }
        }

        return reports;
    }

    /// <summary>The batch's report over <paramref name="scope"/>: only its audits are listed and counted.</summary>
    private async Task<DipSampleReport?> BuildAsync(int batchId, IQueryable<CaseAudit> scope, CancellationToken cancellationToken)
    {
        var batch = await db.DipSampleBatches.AsNoTracking().Where(b => b.Id == batchId)
            .Select(b => new { b.Id, b.Name, b.ToolVersion!.Notes, b.ToolVersion.Number, b.ToolVersion.Scale, b.AuditCycleId, b.Cycle!.Month, b.CreatedAt, CreatedBy = b.CreatedBy!.FullName })
            .FirstOrDefaultAsync(cancellationToken);
        if (batch is null)
        {
            return null;
        }

        var inBatch = scope.Where(a => a.DipSampleBatchId == batchId && a.State != AuditState.Cancelled);
        var audits = await inBatch.AsNoTracking()
            .OrderBy(a => a.Id)
            .Select(a => new DipSampleAudit(a.Id, a.CaseFile!.Team!.ServiceArea!.Name, a.CaseFile.Team.Name, a.Auditor!.FullName, a.State, a.DueDate,
                a.GradeConfirmedAt == null ? null : a.FinalGrade))
            .ToListAsync(cancellationToken);
        var waiting = await db.CycleCases.CountAsync(c => c.DipSampleBatchId == batchId && c.Status == CycleCaseStatus.Proposed, cancellationToken);
        var counts = audits.Where(a => a.FinalGrade is not null).GroupBy(a => a.FinalGrade!.Value).ToDictionary(g => g.Key, g => g.Count());
        var completedIds = Completed(inBatch).Select(a => a.Id);
        var answers = await db.SectionResponses.AsNoTracking()
            .Where(r => completedIds.Contains(r.CaseAuditId) && !r.NotApplicable && r.Grade != null)
            .GroupBy(r => new { r.Section!.Position, r.Section.Title, Grade = r.ModeratedGrade ?? r.Grade!.Value })
            .Select(g => new { g.Key.Position, g.Key.Title, g.Key.Grade, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var byQuestion = answers.GroupBy(a => (a.Position, a.Title)).OrderBy(g => g.Key.Position)
            .Select(g => (g.Key.Title, Grades: g.SelectMany(a => Enumerable.Repeat(a.Grade, a.Count))))
            .ToList();
        // The table shows the columns of the batch's scale: met / not met for a version judged against a standard.
        var rows = Breakdowns.WeakestFirst(byQuestion.Select(q => GradeRow.Of(q.Title, q.Grades)));
        var questions = StandardPolicy.IsJudgedAgainstStandard(batch.Scale) ? ReportTables.StandardQuestionTable(rows) : ReportTables.QuestionTable(rows);
        var theme = DipSampleThemes.Of(batch.Notes, batch.Number);
        var summary = new DipSampleSummary(batch.Id, batch.Name, theme, batch.AuditCycleId, AuditCycle.NameOf(batch.Month), audits.Count, counts.Values.Sum(), batch.Month);
        return new DipSampleReport(summary, batch.CreatedAt, batch.CreatedBy, waiting,
            audits,
            CommitteeWording.Sampled(audits.Count, theme, counts, batch.Scale),
            CommitteeWording.Shares(counts),
            questions);
    }

    /// <summary>Completed: the grade is settled, as the period report counts audits (cancelled audits never count).</summary>
    private static IQueryable<CaseAudit> Completed(IQueryable<CaseAudit> audits) =>
        audits.Where(a => a.State != AuditState.Cancelled && a.FinalGrade != null && a.GradeConfirmedAt != null);
}
