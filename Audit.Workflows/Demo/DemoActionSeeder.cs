using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Actions;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive.Commands;
using Audit.Workflows.Grading;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Demo;

/// <summary>
/// The demo audit with actions outstanding (DEMO-1006) gets actions in every state, moved there through the real
/// form and commands: one with progress recorded, one awaiting confirmation, one confirmed and one reopened.
/// </summary>
public sealed class DemoActionSeeder(AuditDbContext db, AuditFormService form, AuditCommands commands, TimeProvider clock)
{
    private static readonly (string Description, ActionFor For, string Owner, int Days)[] Actions =
    [
        ("Update the child's safety plan with the health visitor", ActionFor.Child, "Sophie Turner", 21),
        ("Demo: record the child's views at the next home visit", ActionFor.Child, "Liam O'Connor", 14),
        ("Demo: book the family group conference", ActionFor.Child, "Helen Okafor", 28),
        ("Demo: add a chronology to the case file", ActionFor.Practice, "Liam O'Connor", 10),
    ];

    /// <summary>The auditor sets the actions while recording the audit.</summary>
    public async Task AddAsync(int auditId, string auditorId, IReadOnlyDictionary<string, string> staff, CancellationToken cancellationToken)
    {
        foreach (var (description, @for, owner, days) in Actions)
        {
            Check(await form.SaveActionAsync(new SaveActionCommand(auditId, null, await VersionAsync(auditId, cancellationToken), description, @for,
                staff[owner], UkTime.Today(clock).AddDays(days)), auditorId, cancellationToken));
        }
    }

    /// <summary>Once the audit's actions are outstanding: the owners and the auditor move them on.</summary>
    public async Task MoveAsync(int auditId, string auditorId, IReadOnlyDictionary<string, string> staff, CancellationToken cancellationToken)
    {
        var ids = await db.AuditActions.AsNoTracking().Where(a => a.CaseAuditId == auditId).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(cancellationToken);
        await SendAsync(v => new RecordActionProgressCommand(auditId, ids[0], v, "Demo: meeting with the health visitor booked"), auditId, staff["Sophie Turner"], cancellationToken);
        await SendAsync(v => new CompleteActionCommand(auditId, ids[1], v, "Demo: the child's views are in the visit record"), auditId, staff["Liam O'Connor"], cancellationToken);
        await SendAsync(v => new CompleteActionCommand(auditId, ids[2], v, "Demo: conference booked, invitation on file"), auditId, staff["Helen Okafor"], cancellationToken);
        await SendAsync(v => new ConfirmActionCommand(auditId, ids[2], v), auditId, auditorId, cancellationToken);
        await SendAsync(v => new CompleteActionCommand(auditId, ids[3], v, "Demo: chronology added"), auditId, staff["Liam O'Connor"], cancellationToken);
        await SendAsync(v => new ReopenActionCommand(auditId, ids[3], v, "Demo: the chronology stops two years ago; bring it up to date"), auditId, auditorId, cancellationToken);
    }

    private async Task SendAsync<TCommand>(Func<int, TCommand> command, int auditId, string actorId, CancellationToken cancellationToken)
        where TCommand : IAuditCommand
    {
        db.ChangeTracker.Clear();
        Check(await commands.SendAsync(command(await VersionAsync(auditId, cancellationToken)), actorId, cancellationToken));
    }

    private Task<int> VersionAsync(int auditId, CancellationToken cancellationToken) =>
        db.CaseAudits.AsNoTracking().Where(a => a.Id == auditId).Select(a => a.Version).SingleAsync(cancellationToken);

    private static void Check(CommandResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo actions could not be seeded: " + string.Join("; ", result.Errors.Select(e => e.Value)));
        }
    }
}
