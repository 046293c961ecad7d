using Audit.Data.Models;
using Audit.Workflows.Reporting;

namespace Audit.Tests.Workflows.Reporting;

/// <summary>The committee sentences, from hand-computed counts.</summary>
public sealed class CommitteeWordingTests
{
    private static readonly ReportPeriod FebruaryToApril = new(new DateOnly(2026, 2, 1), new DateOnly(2026, 4, 30));

    private static Dictionary<Grade, int> Counts(int inadequate = 0, int ri = 0, int good = 0, int outstanding = 0) => new()
    {
        [Grade.Inadequate] = inadequate,
        [Grade.RequiresImprovement] = ri,
        [Grade.Good] = good,
        [Grade.Outstanding] = outstanding,
    };

    [Fact]
    public void Completed_WritesTheCommitteeSentence_WorstGradeFirst()
    {
        var sentence = CommitteeWording.Completed(ToolKind.DeepDive, FebruaryToApril, Counts(inadequate: 6, ri: 39, good: 7));

        Assert.Equal(
            "52 deep dive audits were completed between 1 February and 30 April 2026: 12% (6) were graded inadequate, "
            + "75% (39) requires improvement to be good and 13% (7) good.",
            sentence);
    }

    [Fact]
    public void Completed_RoundsHalfAwayFromZero_AndDoesNotForceTheTotalTo100()
    {
        // 1/8 = 12.5% → 13%, 3/8 = 37.5% → 38%, 4/8 = 50%: 101% in all, shown as it is.
        var sentence = CommitteeWording.Completed(ToolKind.DeepDive, FebruaryToApril, Counts(inadequate: 1, ri: 3, good: 4));

        Assert.Equal(
            "8 deep dive audits were completed between 1 February and 30 April 2026: 13% (1) were graded inadequate, "
            + "38% (3) requires improvement to be good and 50% (4) good.",
            sentence);
    }

    [Fact]
    public void Completed_LeavesOutGradesWithNoAudits()
    {
        var sentence = CommitteeWording.Completed(ToolKind.DeepDive, FebruaryToApril, Counts(ri: 2, outstanding: 1));

        Assert.Equal(
            "3 deep dive audits were completed between 1 February and 30 April 2026: 67% (2) were graded "
            + "requires improvement to be good and 33% (1) outstanding.",
            sentence);
    }

    [Fact]
    public void Completed_OneAudit_IsSingular()
    {
        var sentence = CommitteeWording.Completed(ToolKind.DeepDive, ReportPeriod.Month(2026, 3), Counts(good: 1));

        Assert.Equal("1 deep dive audit was completed in March 2026: 100% (1) was graded good.", sentence);
    }

    [Fact]
    public void Completed_EmptyPeriod_SaysSo()
    {
        Assert.Equal(
            "No deep dive audits were completed between 1 February and 30 April 2026.",
            CommitteeWording.Completed(ToolKind.DeepDive, FebruaryToApril, Counts()));
        Assert.Equal("No audits were completed between 1 February and 30 April 2026.", CommitteeWording.NothingCompleted(FebruaryToApril));
    }

    [Fact]
    public void Completed_SupervisionAudits_ReportTheStandardMet()
    {
        // Good or outstanding meets the standard: 17 of 20 is 85%.
        var sentence = CommitteeWording.Completed(ToolKind.Supervision, FebruaryToApril, Counts(inadequate: 1, ri: 2, good: 15, outstanding: 2));

        Assert.Equal("20 supervision audits were completed between 1 February and 30 April 2026: 85% (17) met the standard.", sentence);
    }

    [Fact]
    public void Comparison_SaysMoreFewerOrTheSame_GradeByGrade_WithThePreviousShare()
    {
        // Previous period: 6 of 50 inadequate (12%), 35 RI (70%), 9 good (18%).
        var sentence = CommitteeWording.Comparison(ToolKind.DeepDive, FebruaryToApril.Previous(), Counts(inadequate: 6, ri: 39, good: 7), Counts(inadequate: 6, ri: 35, good: 9));

        Assert.Equal(
            "The same share were graded inadequate as in the previous period (12%); more were graded requires improvement "
            + "to be good than in the previous period (70%); fewer were graded good than in the previous period (18%).",
            sentence);
    }

    [Fact]
    public void Comparison_WithAnEmptyPreviousPeriod_NamesIt()
    {
        var sentence = CommitteeWording.Comparison(ToolKind.DeepDive, FebruaryToApril.Previous(), Counts(good: 1), Counts());

        Assert.Equal("No deep dive audits were completed in the previous period (1 November 2025 to 31 January 2026).", sentence);
    }

    [Fact]
    public void Comparison_ForTheStandard_ComparesTheShareMet()
    {
        var sentence = CommitteeWording.Comparison(ToolKind.Supervision, FebruaryToApril.Previous(), Counts(ri: 3, good: 17), Counts(ri: 1, good: 9));

        Assert.Equal("Fewer met the standard than in the previous period (90%).", sentence);
    }

    [Theory]
    [InlineData(0, "No audits are allocated in May 2026.")]
    [InlineData(1, "1 audit is allocated in May 2026.")]
    [InlineData(12, "12 audits are allocated in May 2026.")]
    public void AllocatedAfter_CountsTheMonthAfter(int allocated, string expected) =>
        Assert.Equal(expected, CommitteeWording.AllocatedAfter(FebruaryToApril.MonthAfter(), allocated));

    [Fact]
    public void Periods_PreviousIsTheSameLength()
    {
        Assert.Equal(new ReportPeriod(new DateOnly(2025, 11, 1), new DateOnly(2026, 1, 31)), FebruaryToApril.Previous());
        Assert.Equal(ReportPeriod.Month(2026, 2), ReportPeriod.Month(2026, 3).Previous());
        Assert.Equal(ReportPeriod.Quarter(2026, 1), ReportPeriod.Quarter(2026, 2).Previous());
        Assert.Equal(new ReportPeriod(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 10)), new ReportPeriod(new DateOnly(2026, 3, 11), new DateOnly(2026, 3, 20)).Previous());
    }

    [Fact]
    public void Periods_StartAndEndAtUkMidnight()
    {
        var (start, end) = ReportPeriod.Month(2026, 7).Instants();

        Assert.Equal(new DateTimeOffset(2026, 6, 30, 23, 0, 0, TimeSpan.Zero), start);
        Assert.Equal(new DateTimeOffset(2026, 7, 31, 23, 0, 0, TimeSpan.Zero), end);
    }
}
