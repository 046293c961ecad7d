using Audit.Data;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive.Commands;
using Audit.Workflows.Practitioners;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Demo;

/// <summary>
/// The practitioner's side of the demo, through the real commands: Chloe Evans, whose audit DEMO-1005 was confirmed
/// inadequate (its findings released to her), writes her reflections and responds to the findings.
/// </summary>
public sealed class DemoPractitionerSeeder(AuditDbContext db, AuditCommands commands)
{
    public const string Practitioner = "Chloe Evans";
    public const string CaseReference = "DEMO-1005";

    public async Task SeedAsync(IReadOnlyDictionary<string, string> staffIds, CancellationToken cancellationToken = default)
    {
        var chloe = staffIds[Practitioner];
        var auditId = await db.CaseAudits.Where(a => a.CaseFile!.Reference == CaseReference).Select(a => a.Id).SingleAsync(cancellationToken);
        await SendAsync(v => new WriteReflectionsCommand(auditId, v,
            "Demo: I had lost sight of the children's own views while the placement was unsettled. I will see them on their own at every visit and record what they say in their words."),
            auditId, chloe, cancellationToken);
        await SendAsync(v => new RespondToFindingsCommand(auditId, v,
            "Demo: I agree the plan drifted. The record does not show the three visits the foster carer cancelled, which I will now add."),
            auditId, chloe, cancellationToken);
    }

    private async Task SendAsync<TCommand>(Func<int, TCommand> command, int auditId, string actorId, CancellationToken cancellationToken)
        where TCommand : IAuditCommand
    {
        db.ChangeTracker.Clear();
        var version = await db.CaseAudits.AsNoTracking().Where(a => a.Id == auditId).Select(a => a.Version).SingleAsync(cancellationToken);
        var result = await commands.SendAsync(command(version), actorId, cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo data for {CaseReference} could not be created: {string.Join("; ", result.Errors.Select(e => e.Value))}");
        }
    }
}
