using Audit.Data.Models;
using Audit.Workflows.Tools;

namespace Audit.Workflows.Reporting;

/// <summary>One grade's count and whole percentage in a period.</summary>
public sealed record GradeShare(Grade Grade, int Count, int Percent);

/// <summary>
/// The sentences committees write, from counts: "52 deep dive audits were completed between 1 February and
/// 30 April 2026: 12% (6) were graded inadequate, 75% (39) requires improvement to be good and 13% (7) good."
/// Worst grade first; grades with no audits are left out; percentages are shown as rounded, never forced to 100.
/// </summary>
public static class CommitteeWording
{
    /// <summary>Grades in the order committees list them: the worst first.</summary>
    public static IReadOnlyList<Grade> ReportingOrder { get; } = [Grade.Inadequate, Grade.RequiresImprovement, Grade.Good, Grade.Outstanding, Grade.NotMet, Grade.Met];

    public static IReadOnlyList<GradeShare> Shares(IReadOnlyDictionary<Grade, int> counts)
    {
        var total = counts.Values.Sum();
        return ReportingOrder.Where(g => counts.GetValueOrDefault(g) > 0)
            .Select(g => new GradeShare(g, counts[g], Percentages.Of(counts[g], total)))
            .ToList();
    }

    /// <summary>The period's sentence for one kind; <paramref name="scale"/> is its tools' scale (the kind's usual one when not given).</summary>
    public static string Completed(ToolKind kind, ReportPeriod period, IReadOnlyDictionary<Grade, int> counts, GradeScale? scale = null)
    {
        var total = counts.Values.Sum();
        if (total == 0)
        {
            return $"No {ToolKindNames.Noun(kind).Many} were completed {period.Between()}.";
        }

        var opening = $"{ToolKindNames.Count(total, kind)} {(total == 1 ? "was" : "were")} completed {period.Between()}: ";
        if (StandardPolicy.IsJudgedAgainstStandard(scale ?? kind.DefaultScale()))
        {
            var met = counts.Where(c => StandardPolicy.MeetsStandard(c.Key)).Sum(c => c.Value);
            return $"{opening}{Percentages.Of(met, total)}% ({met}) met the standard.";
        }

        return $"{opening}{GradeParts(counts, total)}.";
    }

    /// <summary>
    /// A thematic dip sample's sentence: "Of 20 cases sampled on the voice of the child, 12 were completed: 25% (3)
    /// were graded inadequate, 50% (6) requires improvement to be good and 25% (3) good."
    /// </summary>
    public static string Sampled(int sampled, string theme, IReadOnlyDictionary<Grade, int> counts, GradeScale scale)
    {
        if (sampled == 0)
        {
            return $"No cases sampled on {theme} have been allocated yet.";
        }

        var total = counts.Values.Sum();
        var opening = $"Of {sampled} {(sampled == 1 ? "case" : "cases")} sampled on {theme}, ";
        if (total == 0)
        {
            return $"{opening}none has been completed yet.";
        }

        opening += $"{total} {(total == 1 ? "was" : "were")} completed: ";
        if (StandardPolicy.IsJudgedAgainstStandard(scale))
        {
            var met = counts.Where(c => StandardPolicy.MeetsStandard(c.Key)).Sum(c => c.Value);
            return $"{opening}{Percentages.Of(met, total)}% ({met}) met the standard.";
        }

        return $"{opening}{GradeParts(counts, total)}.";
    }

    private static string GradeParts(IReadOnlyDictionary<Grade, int> counts, int total) => JoinWithAnd(Shares(counts)
        .Select((s, i) => $"{s.Percent}% ({s.Count}) {(i == 0 ? (s.Count == 1 && total == 1 ? "was graded " : "were graded ") : string.Empty)}{Lower(s.Grade)}")
        .ToList());

    /// <summary>
    /// How this period compares with the previous one of the same length, grade by grade, by share:
    /// "Fewer were graded good than in the previous period (18%)."
    /// </summary>
    public static string Comparison(ToolKind kind, ReportPeriod previous, IReadOnlyDictionary<Grade, int> current, IReadOnlyDictionary<Grade, int> before, GradeScale? scale = null)
    {
        var previousTotal = before.Values.Sum();
        if (previousTotal == 0)
        {
            return $"No {ToolKindNames.Noun(kind).Many} were completed in the previous period ({previous.Name()}).";
        }

        var total = current.Values.Sum();
        if (total == 0)
        {
            return $"In the previous period ({previous.Name()}) {ToolKindNames.Count(previousTotal, kind)} {(previousTotal == 1 ? "was" : "were")} completed.";
        }

        if (StandardPolicy.IsJudgedAgainstStandard(scale ?? kind.DefaultScale()))
        {
            var met = Percentages.Of(current.Where(c => StandardPolicy.MeetsStandard(c.Key)).Sum(c => c.Value), total);
            var metBefore = Percentages.Of(before.Where(c => StandardPolicy.MeetsStandard(c.Key)).Sum(c => c.Value), previousTotal);
            return Capitalise(Clause(met, metBefore, "met the standard")) + ".";
        }

        var clauses = ReportingOrder
            .Where(g => current.GetValueOrDefault(g) > 0 || before.GetValueOrDefault(g) > 0)
            .Select(g => Clause(Percentages.Of(current.GetValueOrDefault(g), total), Percentages.Of(before.GetValueOrDefault(g), previousTotal), $"were graded {Lower(g)}"))
            .ToList();
        return Capitalise(string.Join("; ", clauses)) + ".";
    }

    /// <summary>"12 audits are allocated in May 2026."</summary>
    public static string AllocatedAfter(ReportPeriod monthAfter, int allocated) => allocated switch
    {
        0 => $"No audits are allocated in {monthAfter.Name()}.",
        1 => $"1 audit is allocated in {monthAfter.Name()}.",
        _ => $"{allocated} audits are allocated in {monthAfter.Name()}.",
    };

    public static string NothingCompleted(ReportPeriod period) => $"No audits were completed {period.Between()}.";

    public static string Lower(Grade grade) => grade.Display().ToLowerInvariant();

    private static string Clause(int now, int before, string what) => now == before
        ? $"the same share {what} as in the previous period ({before}%)"
        : $"{(now < before ? "fewer" : "more")} {what} than in the previous period ({before}%)";

    private static string JoinWithAnd(IReadOnlyList<string> parts) =>
        parts.Count == 1 ? parts[0] : $"{string.Join(", ", parts.Take(parts.Count - 1))} and {parts[^1]}";

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
