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

    public static Calibration From(IReadOnlyList<ReportedAudit> audits) =>
        new(Row("All audits", audits), Ranked(audits, a => a.AuditorName), Ranked(audits, a => a.ServiceArea));

    /// <summary>The most often lowered first (the "overly positive" auditor); rows with too few moderated audits last, by name.</summary>
    private static IReadOnlyList<CalibrationRow> Ranked(IEnumerable<ReportedAudit> audits, Func<ReportedAudit, string> key) =>
        audits.GroupBy(key).Select(g => Row(g.Key, g.ToList()))
            .OrderBy(r => r.TooFewToCompare)
            .ThenByDescending(r => r.TooFewToCompare ? 0 : (decimal)r.Lowered / r.Moderated)
            .ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();

    private static CalibrationRow Row(string name, IReadOnlyList<ReportedAudit> audits)
    {
        var moderated = audits.Where(a => a.Moderated).ToList();
        return new(name, audits.Count, moderated.Count, moderated.Count(a => !a.Raised && !a.Lowered),
            moderated.Count(a => a.Raised), moderated.Count(a => a.Lowered));
    }
}
