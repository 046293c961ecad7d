using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Conversations;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Demo;

/// <summary>
/// Reflective conversations for the demo audits awaiting one, scheduled and answered through the real commands, so the
/// demo's mail folder holds their real calendar invitations and answers: DEMO-1005 waiting for answers, DEMO-1013
/// accepted by the practitioner, DEMO-1014 where the practitioner proposed another time and the organiser has yet to decide,
/// and DEMO-1015 held in supervision and recorded with the remedial action agreed, which the practitioner now owns.
/// </summary>
public sealed class DemoConversationSeeder(AuditDbContext db, AuditCommands commands, WorkingDays workingDays, TimeProvider clock)
{
    public const string Waiting = "DEMO-1005";
    public const string Accepted = "DEMO-1013";
    public const string Proposed = "DEMO-1014";
    public const string Recorded = "DEMO-1015";

    private sealed record DemoConversation(string Reference, string ServiceManager, string Practitioner, int WorkingDaysAhead, InvitationAnswer? Answer);

    private static readonly DemoConversation[] Conversations =
    [
        new(Waiting, "Claire Dunn", "Chloe Evans", 4, null),
        new(Accepted, "Mark Fielding", "Hannah Patel", 5, InvitationAnswer.Accepted),
        new(Proposed, "Helen Okafor", "Kwame Boateng", 6, InvitationAnswer.ProposedNewTime),
    ];

    public async Task SeedAsync(IReadOnlyDictionary<string, string> staffIds, CancellationToken cancellationToken = default)
    {
        var today = UkTime.Today(clock);
        foreach (var demo in Conversations)
        {
            var auditId = await db.CaseAudits.Where(a => a.CaseFile!.Reference == demo.Reference).Select(a => a.Id).SingleAsync(cancellationToken);
            var day = await workingDays.AddAsync(today, demo.WorkingDaysAhead, cancellationToken);
            await SendAsync(v => new ScheduleConversationCommand(auditId, v, day, new TimeOnly(10, 0), new TimeOnly(11, 0),
                "Demo: meeting room 2, Town Hall"), demo, auditId, staffIds[demo.ServiceManager], cancellationToken);
            switch (demo.Answer)
            {
                case InvitationAnswer.Accepted:
                    await SendAsync(v => new AnswerInvitationCommand(auditId, v, InvitationAnswer.Accepted), demo, auditId, staffIds[demo.Practitioner], cancellationToken);
                    break;
                case InvitationAnswer.ProposedNewTime:
                    var later = await workingDays.AddAsync(day, 1, cancellationToken);
                    await SendAsync(v => new AnswerInvitationCommand(auditId, v, InvitationAnswer.ProposedNewTime, null, later, new TimeOnly(14, 0), new TimeOnly(15, 0)),
                        demo, auditId, staffIds[demo.Practitioner], cancellationToken);
                    break;
            }
        }

        await RecordAsync(today, staffIds, cancellationToken);
    }

    /// <summary>Held in supervision before it was scheduled in Audit, and recorded with the action agreed: the practitioner's.</summary>
    private async Task RecordAsync(DateOnly today, IReadOnlyDictionary<string, string> staffIds, CancellationToken cancellationToken)
    {
        var demo = new DemoConversation(Recorded, "Claire Dunn", "Chloe Evans", 0, null);
        var auditId = await db.CaseAudits.Where(a => a.CaseFile!.Reference == demo.Reference).Select(a => a.Id).SingleAsync(cancellationToken);
        var due = await workingDays.AddAsync(today, 20, cancellationToken);
        await SendAsync(v => new RecordConversationCommand(auditId, v, today, "Demo: care plans need timescales the young person can follow",
                EarlierReason: "Demo: held in supervision before it was scheduled in Audit",
                Actions: [new AgreedAction("Demo: review the care plan's timescales with the young person", staffIds[demo.Practitioner], due)]),
            demo, auditId, staffIds[demo.ServiceManager], cancellationToken);
    }

    private async Task SendAsync<TCommand>(Func<int, TCommand> command, DemoConversation demo, int auditId, string actorId, CancellationToken cancellationToken)
        where TCommand : IAuditCommand
    {
        db.ChangeTracker.Clear();
        var version = await db.CaseAudits.AsNoTracking().Where(a => a.Id == auditId).Select(a => a.Version).SingleAsync(cancellationToken);
        var result = await commands.SendAsync(command(version), actorId, cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo conversation for {demo.Reference} could not be created: {string.Join("; ", result.Errors.Select(e => e.Value))}");
        }
    }
}
