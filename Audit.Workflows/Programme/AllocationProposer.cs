using Audit.Data.Models;
using Audit.Workflows.Allocation;

namespace Audit.Workflows.Programme;

/// <summary>An auditor as the proposal sees them: their current load, what they already have in this cycle, and their capacity.</summary>
public sealed record ProposalAuditor(AuditorFacts Facts, int OpenAudits, int InCycle, int Capacity, bool Away);

/// <summary>A case to place.</summary>
public sealed record ProposalCase(int Id, CaseFacts Case, ToolKind Tool);

/// <summary>Who a case went to, or why it went to no one.</summary>
public sealed record ProposalLine(int CaseId, string? AuditorId, string? Unassigned);

/// <summary>
/// Fair automatic allocation: every case goes to an auditor with no conflict (<see cref="AllocationConflicts"/>),
/// who is not away and has room in their monthly capacity, choosing whoever has the fewest open audits at that
/// moment — so the load evens out over what people already carry. The most constrained cases are placed first, so
/// a case only one person may audit is not left without them.
/// </summary>
public static class AllocationProposer
{
    public static IReadOnlyList<ProposalLine> Propose(IReadOnlyList<ProposalCase> cases, IReadOnlyList<ProposalAuditor> auditors)
    {
        var load = auditors.ToDictionary(a => a.Facts.Id, a => a.OpenAudits);
        var taken = auditors.ToDictionary(a => a.Facts.Id, a => a.InCycle);
        bool Free(ProposalAuditor a, ProposalCase c) => !a.Away && AllocationConflicts.Conflict(a.Facts, c.Case, c.Tool) is null;

        var ordered = cases
            .Select(c => (Case: c, Options: auditors.Count(a => Free(a, c))))
            .OrderBy(x => x.Options).ThenBy(x => x.Case.Id)
            .Select(x => x.Case);
        var lines = new List<ProposalLine>();
        foreach (var c in ordered)
        {
            var free = auditors.Where(a => Free(a, c)).ToList();
            var chosen = free.Where(a => taken[a.Facts.Id] < a.Capacity)
                .OrderBy(a => load[a.Facts.Id]).ThenBy(a => taken[a.Facts.Id]).ThenBy(a => a.Facts.FullName, StringComparer.Ordinal).ThenBy(a => a.Facts.Id, StringComparer.Ordinal)
                .FirstOrDefault();
            if (chosen is null)
            {
                lines.Add(new ProposalLine(c.Id, null, WhyNoOne(c, auditors, free)));
                continue;
            }

            load[chosen.Facts.Id]++;
            taken[chosen.Facts.Id]++;
            lines.Add(new ProposalLine(c.Id, chosen.Facts.Id, null));
        }

        return lines.OrderBy(l => l.CaseId).ToList();
    }

    private static string WhyNoOne(ProposalCase c, IReadOnlyList<ProposalAuditor> auditors, List<ProposalAuditor> free)
    {
        if (free.Count > 0)
        {
            return "Every auditor who could take it is at their monthly capacity";
        }

        return auditors.Any(a => AllocationConflicts.Conflict(a.Facts, c.Case, c.Tool) is null)
            ? "Every auditor who could take it is away while it would be due"
            : c.Tool == ToolKind.PracticeObservation
                ? "No practice improvement manager can observe this practitioner without a conflict"
                : "Every auditor has a conflict with this case";
    }
}
