using Audit.Data.Models;

namespace Audit.Workflows.Reporting;

/// <summary>One row of a breakdown: a service area, team or tool, and its audits by final grade, worst first.</summary>
public sealed record GradeRow(string Name, int Total, int Inadequate, int RequiresImprovement, int Good, int Outstanding, int Met = 0, int NotMet = 0)
{
    public int Percent(Grade grade) => Percentages.Of(Count(grade), Total);

    public int Count(Grade grade) => grade switch
    {
        Grade.Inadequate => Inadequate,
        Grade.RequiresImprovement => RequiresImprovement,
        Grade.Good => Good,
        Grade.Outstanding => Outstanding,
        Grade.Met => Met,
        Grade.NotMet => NotMet,
        _ => 0,
    };

    /// <summary>Graded requires improvement or inadequate.</summary>
    public int BelowGood => Inadequate + RequiresImprovement;

    /// <summary>Short of what is expected on either scale: below good, or not meeting the standard.</summary>
    public int Weak => BelowGood + NotMet;

    /// <summary>Whether any of the row's audits (or sections) were judged against a standard.</summary>
    public bool HasStandard => Met + NotMet > 0;

    /// <summary>
    /// Met, for a row wholly judged against a standard (a met / not met dip sample's question): an Ofsted grade given
    /// before its tool declared the scale counts as <see cref="StandardPolicy.MeetsStandard"/> says, as the committee
    /// sentence counts it.
    /// </summary>
    public int MeetingStandard => Met + Good + Outstanding;

    /// <summary>A row from counts by grade already made in the database; every grade counts in the total.</summary>
    public static GradeRow Of(string name, IReadOnlyDictionary<Grade, int> counts)
    {
        int Count(Grade grade) => counts.GetValueOrDefault(grade);
        return new(name, counts.Values.Sum(), Count(Grade.Inadequate), Count(Grade.RequiresImprovement), Count(Grade.Good), Count(Grade.Outstanding),
            Count(Grade.Met), Count(Grade.NotMet));
    }

    public static GradeRow Of(string name, IEnumerable<Grade> grades)
    {
        var list = grades.ToList();
        return new(name, list.Count, list.Count(g => g == Grade.Inadequate), list.Count(g => g == Grade.RequiresImprovement),
            list.Count(g => g == Grade.Good), list.Count(g => g == Grade.Outstanding), list.Count(g => g == Grade.Met), list.Count(g => g == Grade.NotMet));
    }
}

/// <summary>A learning theme and how many of the period's audits it was tagged on.</summary>
public sealed record ThemeRow(string Theme, int Audits, int Percent);

/// <summary>The period's audits broken down by service area, team, tool, section (weakest first) and learning theme.</summary>
public sealed record Breakdowns(
    IReadOnlyList<GradeRow> ByServiceArea,
    IReadOnlyList<GradeRow> ByTeam,
    IReadOnlyList<GradeRow> ByTool,
    IReadOnlyList<GradeRow> BySection,
    IReadOnlyList<ThemeRow> ByTheme)
{
    /// <summary>The breakdowns from the period's audits counted in groups (<see cref="ReportQueries.GroupsAsync"/>).</summary>
    public static Breakdowns From(
        IReadOnlyList<AuditGroup> audits,
        IReadOnlyList<(string Section, Grade Grade, int Count)> sections,
        IReadOnlyList<(string Theme, int Audits)> themes)
    {
        static IReadOnlyList<GradeRow> By(IEnumerable<AuditGroup> groups, Func<AuditGroup, string> key) =>
            groups.GroupBy(key).Select(g => GradeRow.Of(g.Key, AuditGroup.ByFinalGrade(g)))
                .OrderByDescending(r => r.Total).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();

        var total = audits.Sum(a => a.Count);

        var bySection = WeakestFirst(sections.GroupBy(s => s.Section)
            .Select(g => GradeRow.Of(g.Key, g.SelectMany(s => Enumerable.Repeat(s.Grade, s.Count)))));

        return new(
            By(audits, a => a.ServiceArea),
            By(audits, a => $"{a.Team} ({a.ServiceArea})"),
            By(audits, a => a.ToolName),
            bySection,
            themes.Select(t => new ThemeRow(t.Theme, t.Audits, Percentages.Of(t.Audits, total))).ToList());
    }

    /// <summary>Sections (or a dip sample's questions) weakest first: the largest share below good or not meeting the standard, then the largest share inadequate.</summary>
    public static IReadOnlyList<GradeRow> WeakestFirst(IEnumerable<GradeRow> rows) => rows
        .OrderByDescending(r => (decimal)r.Weak / r.Total)
        .ThenByDescending(r => (decimal)r.Inadequate / r.Total)
        .ThenBy(r => r.Name, StringComparer.Ordinal)
        .ToList();
}
