using Audit.Data.Models;

namespace Audit.Workflows.Reporting;

/// <summary>One kind of audit in the period report: its counts now and before, and the sentences committees read.</summary>
public sealed record KindReport(
    ToolKind Kind,
    int Total,
    IReadOnlyList<GradeShare> Grades,
    int PreviousTotal,
    IReadOnlyList<GradeShare> PreviousGrades,
    int? MetStandard,
    string Completed,
    string Comparison);

/// <summary>The period report: what was completed, how it compares with the previous period, what is allocated next.</summary>
public sealed record PeriodReport(
    ReportPeriod Period,
    ReportPeriod PreviousPeriod,
    ReportPeriod MonthAfter,
    int Total,
    IReadOnlyList<KindReport> Kinds,
    int AllocatedInMonthAfter,
    string Allocated)
{
    /// <summary>The committee paragraph: each kind's sentence and its comparison, then the allocation for the month after.</summary>
    public IReadOnlyList<string> Paragraph =>
        Total == 0 && Kinds.Count == 0
            ? [CommitteeWording.NothingCompleted(Period), Allocated]
            : [.. Kinds.SelectMany(k => new[] { k.Completed, k.Comparison }), Allocated];
}

public sealed class PeriodReportService(ReportQueries queries)
{
    /// <summary>The period report for what this person may see, or null when they see no reports.</summary>
    public async Task<PeriodReport?> ForAsync(string staffId, ReportPeriod period, CancellationToken cancellationToken = default)
    {
        var scope = await queries.ScopeAsync(staffId, cancellationToken);
        return scope is null ? null : await BuildAsync(scope, period, cancellationToken);
    }

    public async Task<PeriodReport> BuildAsync(IQueryable<CaseAudit> scope, ReportPeriod period, CancellationToken cancellationToken = default)
    {
        var previous = period.Previous();
        var after = period.MonthAfter();
        var now = await queries.GradeCountsAsync(scope, period, cancellationToken);
        var before = await queries.GradeCountsAsync(scope, previous, cancellationToken);
        var allocated = await ReportQueries.AllocatedInAsync(scope, after, cancellationToken);

        // A kind appears when it had audits in either period, so a kind that stopped still shows its empty sentence.
        var kinds = now.Select(r => r.Kind).Concat(before.Select(r => r.Kind)).Distinct().Order()
            .Select(kind =>
            {
                var counts = CountsOf(now, kind);
                var previousCounts = CountsOf(before, kind);
                var total = counts.Values.Sum();
                // A kind is reported against the standard when its tool versions declare the met / not met scale.
                var scale = now.Concat(before).Any(r => r.Kind == kind && StandardPolicy.IsJudgedAgainstStandard(r.Scale))
                    ? GradeScale.MetNotMet
                    : GradeScale.Ofsted;
                int? met = StandardPolicy.IsJudgedAgainstStandard(scale)
                    ? counts.Where(c => StandardPolicy.MeetsStandard(c.Key)).Sum(c => c.Value)
                    : null;
                return new KindReport(
                    kind,
                    total,
                    CommitteeWording.Shares(counts),
                    previousCounts.Values.Sum(),
                    CommitteeWording.Shares(previousCounts),
                    met,
                    CommitteeWording.Completed(kind, period, counts, scale),
                    CommitteeWording.Comparison(kind, previous, counts, previousCounts, scale));
            })
            .ToList();

        return new PeriodReport(period, previous, after, kinds.Sum(k => k.Total), kinds, allocated,
            CommitteeWording.AllocatedAfter(after, allocated));
    }

    private static Dictionary<Grade, int> CountsOf(IEnumerable<(ToolKind Kind, GradeScale Scale, Grade Grade, int Count)> rows, ToolKind kind) =>
        rows.Where(r => r.Kind == kind).GroupBy(r => r.Grade).ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
}
