using Audit.Data.Models;
using Audit.Workflows.Programme;

namespace Audit.Tests.Workflows.Programme;

public sealed class CaseSamplerTests
{
    private static readonly int[] Cases = Enumerable.Range(100, 50).ToArray();

    [Fact]
    public void TheSameSeed_DrawsTheSameCases_AndAnotherSeedDrawsOthers()
    {
        var first = CaseSampler.Draw(Cases, 10, 4242);

        Assert.Equal(first, CaseSampler.Draw(Cases, 10, 4242));
        Assert.NotEqual(first, CaseSampler.Draw(Cases, 10, 4243));
        Assert.Equal(10, first.Distinct().Count());
        Assert.All(first, c => Assert.Contains(c, Cases));
    }

    [Fact]
    public void ADrawOfMoreThanThereAre_TakesEveryCaseOnce_AndNoneTakesNone()
    {
        Assert.Equal(Cases.Order(), CaseSampler.Draw(Cases, 500, 7).Order());
        Assert.Empty(CaseSampler.Draw(Cases, 0, 7));
        Assert.Empty(CaseSampler.Draw(Array.Empty<int>(), 5, 7));
    }

    [Fact]
    public void EveryCase_IsAboutEquallyLikelyToBeDrawn()
    {
        var counts = new int[Cases.Length];
        for (var seed = 1; seed <= 4000; seed++)
        {
            foreach (var c in CaseSampler.Draw(Cases, 5, seed))
            {
                counts[c - 100]++;
            }
        }

        // 4,000 draws of 5 from 50: each case is expected 400 times; a fair draw stays well within ±25%.
        Assert.All(counts, n => Assert.InRange(n, 300, 500));
    }

    [Theory]
    [InlineData("2026-12-30", "2027-01-02", "2026-12-31", true)] // on leave on the due date
    [InlineData("2026-12-02", "2026-12-08", "2026-12-31", true)] // a working week before it
    [InlineData("2026-12-02", "2026-12-04", "2026-12-31", false)] // three days, well before it
    [InlineData("2027-01-05", "2027-01-20", "2026-12-31", false)] // after it
    public void SomeoneIsAwayForACycle_OnItsDueDate_OrForAWeekOrMoreBeforeIt(string from, string to, string due, bool away)
    {
        var absence = new StaffAbsence { StaffMemberId = "x", From = DateOnly.Parse(from), To = DateOnly.Parse(to) };
        Assert.Equal(away, ProposalInputs.Away(absence, new DateOnly(2026, 12, 2), DateOnly.Parse(due)));
    }
}
