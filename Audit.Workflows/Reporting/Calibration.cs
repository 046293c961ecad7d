namespace Audit.Workflows.Reporting;

/// <summary>
/// How one auditor's (or service area's) grades fared at moderation. Fewer than <see cref="Calibration.SmallNumber"/>
/// moderated audits are flagged as too few to compare and never ranked: one lowered grade in two is not a pattern.
/// </summary>
public sealed record CalibrationRow(string Name, int Audits, int Moderated, int Agreed, int Raised, int Lowered)
{
    public int ModeratedPercent => Percentages.Of(Moderated, Audits);
    public int AgreedPercent => Percentages.Of(Agreed, Moderated);
    public int RaisedPercent => Percentages.Of(Raised, Moderated);
    public int LoweredPercent => Percentages.Of(Lowered, Moderated);
    public bool TooFewToCompare => Moderated < Calibration.SmallNumber;
}

/// <summary>Moderation and calibration: share moderated, agreement, grades raised and lowered, per auditor and service area.</summary>
public sealed record Calibration(CalibrationRow Overall, IReadOnlyList<CalibrationRow> ByAuditor, IReadOnlyList<CalibrationRow> ByServiceArea)
{
    public const int SmallNumber = 5;

    /// <summary>Calibration from the period's audits counted in groups (<see cref="ReportQueries.GroupsAsync"/>).</summary>
    public static Calibration From(IReadOnlyList<AuditGroup> audits) =>
        new(Row("All audits", audits), Ranked(audits, a => a.AuditorName), Ranked(audits, a => a.ServiceArea));

    /// <summary>The most often lowered first (the "overly positive" auditor); rows with too few moderated audits last, by name.</summary>
    private static IReadOnlyList<CalibrationRow> Ranked(IEnumerable<AuditGroup> audits, Func<AuditGroup, string> key) =>
        audits.GroupBy(key).Select(g => Row(g.Key, g.ToList()))
            .OrderBy(r => r.TooFewToCompare)
            .ThenByDescending(r => r.TooFewToCompare ? 0 : (decimal)r.Lowered / r.Moderated)
            .ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();

    private static CalibrationRow Row(string name, IReadOnlyList<AuditGroup> audits)
    {
        var moderated = audits.Where(a => a.Moderated).ToList();
        return new(name, audits.Sum(a => a.Count), moderated.Sum(a => a.Count), moderated.Where(a => !a.Raised && !a.Lowered).Sum(a => a.Count),
            moderated.Where(a => a.Raised).Sum(a => a.Count), moderated.Where(a => a.Lowered).Sum(a => a.Count));
    }
}
