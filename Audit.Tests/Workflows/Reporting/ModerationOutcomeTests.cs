using Audit.Data.Models;
using Audit.Workflows.Reporting;
using Audit.Workflows.Reporting.Feeds;

namespace Audit.Tests.Workflows.Reporting;

/// <summary>
/// The moderation feed writes <see cref="StandardPolicy.Movement"/> out grade by grade for the database (grades are
/// stored as text): every pair of grades must come out as the rule says, so the two can never drift apart.
/// </summary>
public sealed class ModerationOutcomeTests
{
    public static TheoryData<Grade, Grade> EveryPair()
    {
        var pairs = new TheoryData<Grade, Grade>();
        foreach (var given in Enum.GetValues<Grade>())
        {
            foreach (var final in Enum.GetValues<Grade>())
            {
                pairs.Add(given, final);
            }
        }

        return pairs;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void TheFeedsOutcome_IsTheMovementRule(Grade given, Grade final)
    {
        var team = new Team { Name = "Team", ServiceArea = new ServiceArea { Name = "Area" } };
        var audit = new CaseAudit
        {
            Id = 1, AuditorId = "a", ImportedAuditorName = "Auditor", AuditorGrade = given, FinalGrade = final,
            ModeratedAt = DateTimeOffset.UnixEpoch, GradeConfirmedAt = DateTimeOffset.UnixEpoch, State = AuditState.Closed,
            CaseFile = new CaseFile { Reference = "R", Team = team },
        };

        var row = Assert.Single(FeedQueries.ModerationRows(new[] { audit }.AsQueryable()));

        var movement = StandardPolicy.Movement(given, final);
        var expected = movement > 0 ? ModerationFeedRow.Raised : movement < 0 ? ModerationFeedRow.Lowered : ModerationFeedRow.Agreed;
        Assert.Equal(expected, row.Outcome);
    }
}
