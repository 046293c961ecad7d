using System.Globalization;
using Audit.Data.Models;

namespace Audit.Workflows.Reporting;

/// <summary>
/// One table of the reports, as the pages show it and the exports write it: cells are text or whole numbers (numbers
/// stay numbers in Excel). <see cref="Id"/> names the table in URLs and file names.
/// </summary>
public sealed record ReportTable(string Id, string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object>> Rows)
{
    public bool IsNumeric(int column) => Rows.Count > 0 && Rows.All(r => r[column] is int);

    public static string Text(object cell) => cell switch
    {
        int n => n.ToString(CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? string.Empty,
    };
}

/// <summary>Every table of the dashboard, in the order the pages show them.</summary>
public static class ReportTables
{
    public const string Grades = "grades";
    public const string Kpis = "kpis";
    public const string Trend = "trend";
    public const string ServiceAreas = "service-areas";
    public const string Teams = "teams";
    public const string Tools = "tools";
    public const string Sections = "sections";
    public const string Themes = "themes";
    public const string ModerationByAuditor = "moderation-by-auditor";
    public const string ModerationByServiceArea = "moderation-by-service-area";

    private static readonly string[] GradeColumns =
        ["Audits", "Inadequate", "Inadequate %", "Requires improvement to be good", "Requires improvement %", "Good", "Good %", "Outstanding", "Outstanding %"];

    private static readonly string[] StandardColumns = ["Met the standard", "Met %", "Did not meet the standard", "Not met %"];

    public static IReadOnlyList<ReportTable> All(Dashboard d) =>
    [
        GradesTable(d.Report),
        KpiTable(d.Kpis),
        GradeTable(Trend, "Audits completed by month", "Month", d.Trend.Select(t => t.Grades)),
        GradeTable(ServiceAreas, "By service area", "Service area", d.Breakdowns.ByServiceArea),
        GradeTable(Teams, "By team", "Team", d.Breakdowns.ByTeam),
        GradeTable(Tools, "By audit tool", "Audit tool", d.Breakdowns.ByTool),
        GradeTable(Sections, "By section, weakest first", "Section", d.Breakdowns.BySection, total: "Sections graded"),
        new(Themes, "By learning theme", ["Learning theme", "Audits", "Share of audits %"],
            d.Breakdowns.ByTheme.Select(t => Row(t.Theme, t.Audits, t.Percent)).ToList()),
        CalibrationTable(ModerationByAuditor, "Moderation by auditor", "Auditor", d.Calibration.ByAuditor),
        CalibrationTable(ModerationByServiceArea, "Moderation by service area", "Service area", d.Calibration.ByServiceArea),
    ];

    public static ReportTable? Find(Dashboard d, string? id) => All(d).FirstOrDefault(t => t.Id == id);

    public const string Questions = "questions";

    /// <summary>A thematic dip sample's questions with their grades across the batch, weakest first.</summary>
    public static ReportTable QuestionTable(IEnumerable<GradeRow> rows) =>
        GradeTable(Questions, "By question, weakest first", "Question", rows, total: "Answers graded");

    /// <summary>A met / not met dip sample's questions: the columns of its scale, least often met first.</summary>
    public static ReportTable StandardQuestionTable(IEnumerable<GradeRow> rows) =>
        new(Questions, "By question, weakest first", ["Question", "Answers graded", "Did not meet the standard", "Did not meet %", "Met the standard", "Met %"],
            rows.Select(r => Row(r.Name, r.Total, r.Total - r.MeetingStandard, Percentages.Of(r.Total - r.MeetingStandard, r.Total),
                r.MeetingStandard, Percentages.Of(r.MeetingStandard, r.Total))).ToList());

    private static ReportTable GradesTable(PeriodReport report) =>
        new(Grades, "Audits completed by final grade", ["Kind of audit", "Period", .. GradeColumns, "Met the standard"],
            report.Kinds.SelectMany(k => new[]
            {
                KindRow(k.Kind, report.Period.Name(), k.Total, k.Grades, k.MetStandard),
                KindRow(k.Kind, $"Previous: {report.PreviousPeriod.Name()}", k.PreviousTotal, k.PreviousGrades, null),
            }).ToList());

    private static IReadOnlyList<object> KindRow(ToolKind kind, string period, int total, IReadOnlyList<GradeShare> shares, int? met)
    {
        var cells = new List<object> { ToolKindNames.Noun(kind).Many, period, total };
        foreach (var grade in CommitteeWording.ReportingOrder)
        {
            var share = shares.FirstOrDefault(s => s.Grade == grade);
            cells.Add(share?.Count ?? 0);
            cells.Add(share?.Percent ?? 0);
        }

        cells.Add(met is { } m ? $"{Percentages.Of(m, total)}% ({m})" : "Not applicable");
        return cells;
    }

    private static ReportTable KpiTable(Kpis k) =>
        new(Kpis, "Key performance indicators", ["Measure", "Number", "Out of", "%"],
        [
            .. k.Measures.Select(m => Row(m.Name, m.Count, m.OutOf, m.Percent)),
            Row("Reflective conversations held", k.ConversationsHeld, k.ConversationsHeld, 100),
            Row("Actions due in the period done late", k.ActionsDoneLate, k.ActionsDoneOnTime.OutOf, Percentages.Of(k.ActionsDoneLate, k.ActionsDoneOnTime.OutOf)),
            Row("Actions due in the period and overdue", k.ActionsOverdue, k.ActionsDoneOnTime.OutOf, Percentages.Of(k.ActionsOverdue, k.ActionsDoneOnTime.OutOf)),
            Row("Immediate responses awaiting acknowledgement", k.ImmediateResponsesAwaiting, k.ImmediateResponsesAcknowledgedInTime.OutOf,
                Percentages.Of(k.ImmediateResponsesAwaiting, k.ImmediateResponsesAcknowledgedInTime.OutOf)),
        ]);

    /// <summary>
    /// The Ofsted grade columns, then, when any row holds audits (or sections) judged against a standard, met and not
    /// met after them: appended, so the chart's columns stay where they are and a table of Ofsted grades only is as it was.
    /// </summary>
    private static ReportTable GradeTable(string id, string title, string first, IEnumerable<GradeRow> rows, string total = "Audits")
    {
        var list = rows.ToList();
        var standard = list.Any(r => r.HasStandard);
        return new(id, title, [first, total, .. GradeColumns[1..], .. standard ? StandardColumns : []],
            list.Select(r => Row([r.Name, r.Total,
                r.Inadequate, r.Percent(Grade.Inadequate),
                r.RequiresImprovement, r.Percent(Grade.RequiresImprovement),
                r.Good, r.Percent(Grade.Good),
                r.Outstanding, r.Percent(Grade.Outstanding),
                .. standard ? new object[] { r.Met, r.Percent(Grade.Met), r.NotMet, r.Percent(Grade.NotMet) } : []])).ToList());
    }

    private static ReportTable CalibrationTable(string id, string title, string first, IEnumerable<CalibrationRow> rows) =>
        new(id, title, [first, "Audits", "Moderated", "Moderated %", "Agreed", "Agreed %", "Raised", "Raised %", "Lowered", "Lowered %", "Comparison"],
            rows.Select(r => Row(r.Name, r.Audits, r.Moderated, r.ModeratedPercent, r.Agreed, r.AgreedPercent, r.Raised, r.RaisedPercent,
                r.Lowered, r.LoweredPercent, r.TooFewToCompare ? $"Too few moderated to compare (fewer than {Calibration.SmallNumber})" : "Compared")).ToList());

    private static IReadOnlyList<object> Row(params object[] cells) => cells;
}
