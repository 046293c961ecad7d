using Audit.Data.Models;
using Audit.Workflows.Allocation;
using Audit.Workflows.Programme;
using CsCheck;

namespace Audit.Tests.Workflows.Programme;

/// <summary>
/// The automatic proposal over randomly generated organisations (CsCheck, which shrinks a failure to the smallest
/// organisation that shows it): never a conflict, never someone away, never past capacity, nobody left out while
/// someone free could take them, and with nothing else in the way the load evens out.
/// </summary>
public sealed class AllocationProposerPropertyTests
{
    private sealed record Organisation(ProposalAuditor[] Auditors, ProposalCase[] Cases);

    private static readonly Gen<(int Team, bool Pim, int Open, int InCycle, int Capacity, bool Away)> AuditorGen =
        Gen.Select(Gen.Int[-1, 3], Gen.Bool, Gen.Int[0, 6], Gen.Int[0, 3], Gen.Int[0, 8], Gen.Int[0, 5].Select(n => n == 0));

    private static readonly Gen<(int Team, int Practitioner, int Tool)> CaseGen = Gen.Select(Gen.Int[0, 3], Gen.Int[0, 12], Gen.Int[0, 4]);

    private static readonly Gen<Organisation> Organisations =
        Gen.Select(AuditorGen.Array[1, 8], CaseGen.Array[0, 40], Gen.Int[0, 9].Array[4], (auditors, cases, managers) =>
        {
            var people = auditors.Select((a, i) => new ProposalAuditor(
                new AuditorFacts($"a{i}", $"Auditor {i:D2}", a.Team < 0 ? null : a.Team, IsActive: true, IsAuditor: true, a.Pim),
                a.Open, a.InCycle, a.Capacity, a.Away)).ToArray();
            string? Person(int index) => index < people.Length ? people[index].Facts.Id : $"practitioner-{index}";
            var tools = Enum.GetValues<ToolKind>();
            var work = cases.Select((c, i) => new ProposalCase(i + 1,
                new CaseFacts(Person(c.Practitioner), c.Team, Person(managers[c.Team])), tools[c.Tool % tools.Length])).ToArray();
            return new Organisation(people, work);
        });

    [Fact]
    public void NoProposal_EverHasAConflict_SomeoneAway_OrMoreThanCapacity_AndNoCaseIsLeftWhileSomeoneFreeCouldTakeIt()
    {
        Organisations.Sample(org =>
        {
            var lines = AllocationProposer.Propose(org.Cases, org.Auditors);

            Assert.Equal(org.Cases.Select(c => c.Id).Order(), lines.Select(l => l.CaseId));
            var byId = org.Auditors.ToDictionary(a => a.Facts.Id);
            var given = lines.Where(l => l.AuditorId is not null).GroupBy(l => l.AuditorId!).ToDictionary(g => g.Key, g => g.Count());
            foreach (var line in lines)
            {
                var c = org.Cases.Single(x => x.Id == line.CaseId);
                if (line.AuditorId is { } id)
                {
                    Assert.Null(AllocationConflicts.Conflict(byId[id].Facts, c.Case, c.Tool));
                    Assert.False(byId[id].Away);
                    Assert.Null(line.Unassigned);
                }
                else
                {
                    Assert.False(string.IsNullOrEmpty(line.Unassigned));
                    Assert.All(org.Auditors.Where(a => !a.Away && AllocationConflicts.Conflict(a.Facts, c.Case, c.Tool) is null),
                        a => Assert.True(a.InCycle + given.GetValueOrDefault(a.Facts.Id) >= a.Capacity));
                }
            }

            Assert.All(org.Auditors, a => Assert.True(given.GetValueOrDefault(a.Facts.Id) == 0 || a.InCycle + given[a.Facts.Id] <= a.Capacity));
        }, iter: 2000);
    }

    [Fact]
    public void WithEqualCapacity_AndNoConflicts_TheLoadNeverSpreadsWiderThanItStarted_OrOne()
    {
        var gen = Gen.Select(Gen.Int[0, 6].Array[1, 8], Gen.Int[0, 60], (open, cases) => (open, cases));
        gen.Sample(x =>
        {
            // Central auditors (in no team), cases on practitioners who do not audit: anyone may take any case.
            var auditors = x.open.Select((o, i) => new ProposalAuditor(
                new AuditorFacts($"a{i}", $"Auditor {i:D2}", null, true, true, true), o, 0, 1000, false)).ToArray();
            var cases = Enumerable.Range(1, x.cases).Select(i => new ProposalCase(i, new CaseFacts($"p{i}", i % 3, $"m{i % 3}"), ToolKind.DeepDive)).ToArray();

            var lines = AllocationProposer.Propose(cases, auditors);

            Assert.All(lines, l => Assert.NotNull(l.AuditorId));
            var load = auditors.Select(a => a.OpenAudits + lines.Count(l => l.AuditorId == a.Facts.Id)).ToArray();
            var before = x.open.Max() - x.open.Min();
            Assert.True(load.Max() - load.Min() <= Math.Max(1, before), $"loads {string.Join(",", load)} from {string.Join(",", x.open)}");
            if (x.open.All(o => o == 0))
            {
                Assert.True(load.Max() - load.Min() <= 1);
            }
        }, iter: 1000);
    }

    [Fact]
    public void AnAuditorAway_OrAtCapacity_IsGivenNothing_AndTheReasonSaysWhy()
    {
        var away = new ProposalAuditor(new AuditorFacts("away", "Ash Away", null, true, true, false), 0, 0, 5, Away: true);
        var full = new ProposalAuditor(new AuditorFacts("full", "Fran Full", null, true, true, false), 0, 2, 2, Away: false);
        var cases = new[] { new ProposalCase(1, new CaseFacts("p", 1, "m"), ToolKind.DeepDive) };

        Assert.Equal("Every auditor who could take it is at their monthly capacity", Assert.Single(AllocationProposer.Propose(cases, [away, full])).Unassigned);
        Assert.Equal("Every auditor who could take it is away while it would be due", Assert.Single(AllocationProposer.Propose(cases, [away])).Unassigned);
        Assert.Equal("Every auditor has a conflict with this case",
            Assert.Single(AllocationProposer.Propose([new ProposalCase(1, new CaseFacts("full", 1, "m"), ToolKind.DeepDive)], [full with { Capacity = 9 }])).Unassigned);
    }
}
