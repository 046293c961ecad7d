using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Programme;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Demo;

/// <summary>
/// The demo's audit programme, made through the real handlers: this month's cycle drawn, with a thematic dip sample
/// on the voice of the child over four cared for children's cases, proposed and confirmed (so the digests are in the
/// mail folder), and next month's drawn and proposed, waiting for the QA lead to review.
/// </summary>
public sealed class DemoProgramme(AuditDbContext db, OpenCycleHandler open, DrawCasesHandler draw, ProposeAllocationHandler propose,
    ConfirmProposalHandler confirm, StartDipSampleBatchHandler dipSample, TimeProvider clock)
{
    /// <summary>The thematic dip sample's cases: cared for children, sampled into this month's programme.</summary>
    private static readonly string[] DipSampleCases = ["DEMO-1017", "DEMO-1018", "DEMO-1019", "DEMO-1020"];

    private static readonly (string Reference, string Team, string Practitioner)[] Cases =
    [
        ("DEMO-2001", "Help and Protection 1", "Sam Carter"), ("DEMO-2002", "Help and Protection 1", "Jess Walker"),
        ("DEMO-2003", "Help and Protection 2", "Kwame Boateng"), ("DEMO-2004", "Help and Protection 2", "Kwame Boateng"),
        ("DEMO-2005", "Help and Protection 1", "Sam Carter"), ("DEMO-2006", "Help and Protection 2", "Kwame Boateng"),
        ("DEMO-2007", "Help and Protection 1", "Jess Walker"), ("DEMO-2008", "Help and Protection 2", "Kwame Boateng"),
    ];

    public async Task SeedAsync(IReadOnlyDictionary<string, string> staff, IReadOnlyDictionary<string, int> teams, CancellationToken cancellationToken)
    {
        foreach (var (reference, team, practitioner) in Cases)
        {
            db.CaseFiles.Add(new CaseFile
            {
                Reference = reference, CaseType = CaseType.ChildInNeed, TeamId = teams[team], PractitionerId = staff[practitioner], CreatedAt = clock.GetUtcNow(),
            });
        }

        foreach (var reference in DipSampleCases)
        {
            db.CaseFiles.Add(new CaseFile
            {
                Reference = reference, CaseType = CaseType.CaredFor, TeamId = teams["Cared For Children 1"], PractitionerId = staff["Chloe Evans"], CreatedAt = clock.GetUtcNow(),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        var qaLead = staff["Alex Morgan"];
        var area = await db.Teams.Where(t => t.Id == teams["Help and Protection 1"]).Select(t => t.ServiceAreaId).SingleAsync(cancellationToken);
        var today = UkTime.Today(clock);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);

        var caredFor = await db.Teams.Where(t => t.Id == teams["Cared For Children 1"]).Select(t => t.ServiceAreaId).SingleAsync(cancellationToken);
        var current = await CycleAsync(thisMonth, today.AddDays(20), area, qaLead, seed: 2026, cancellationToken, dipSampleArea: caredFor);
        Expect(await confirm.HandleAsync(new ConfirmProposalCommand(current.Id, await VersionAsync(current.Id, cancellationToken)), qaLead, cancellationToken));
        await CycleAsync(thisMonth.AddMonths(1), thisMonth.AddMonths(2).AddDays(-1), area, qaLead, seed: 2027, cancellationToken);
    }

    private async Task<AuditCycle> CycleAsync(DateOnly month, DateOnly due, int area, string qaLead, int seed, CancellationToken cancellationToken, int? dipSampleArea = null)
    {
        PlannedAudits[] plans = dipSampleArea is { } sampled
            ? [new PlannedAudits(area, ToolKind.DeepDive, 4), new PlannedAudits(sampled, ToolKind.DipSample, DipSampleCases.Length)]
            : [new PlannedAudits(area, ToolKind.DeepDive, 4)];
        var opened = await open.HandleAsync(new OpenCycleCommand(month, due, plans), qaLead, CommandResult.Success, cancellationToken);
        Expect(opened.Outcome);
        Expect((await draw.HandleAsync(new DrawCasesCommand(opened.Value!.Id, area, CaseType.ChildInNeed, 3, 12, seed, null), qaLead, CommandResult.Success, cancellationToken)).Outcome);
        if (dipSampleArea is { } dipArea)
        {
            var theme = (await DipSampleThemes.PublishedAsync(db, cancellationToken)).First(t => t.Current);
            Expect(await dipSample.HandleAsync(new StartDipSampleBatchCommand(opened.Value.Id, theme.ToolVersionId, null, Programme.DipSampleCases.Sample,
                dipArea, CaseType.CaredFor, DipSampleCases.Length, 12, seed), qaLead, CommandResult.Success, cancellationToken));
        }

        Expect(await propose.HandleAsync(new ProposeAllocationCommand(opened.Value.Id), qaLead, cancellationToken));
        return opened.Value;
    }

    private Task<int> VersionAsync(int cycleId, CancellationToken cancellationToken) =>
        db.AuditCycles.AsNoTracking().Where(c => c.Id == cycleId).Select(c => c.Version).SingleAsync(cancellationToken);

    private static void Expect(CommandResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The demo programme could not be made: {string.Join("; ", result.Errors.Select(e => e.Value))}");
        }
    }

    private static void Expect<T>(CommandResult<T> result) => Expect(result.Outcome);
}
