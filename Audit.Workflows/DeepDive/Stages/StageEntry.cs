using Audit.Workflows.Actions;
using Audit.Workflows.Tools;
using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Deadlines;
using Audit.Workflows.DeepDive.Commands;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.DeepDive.Stages;

/// <summary>
/// What happens when an audit enters a stage, inside the command's unit of work: the stage's deadline is opened for
/// whoever holds it (<see cref="StageHolding"/>) and they are told; once the grade is settled it is confirmed, and a
/// confirmed good or outstanding grade is recognised as good practice.
/// </summary>
public sealed class StageEntry(AuditDbContext db, WorkingDays workingDays, DeadlineScheduler deadlines, ActionDeadlines actionDeadlines, DeepDiveEmails emails)
{
    /// <param name="backForModeration">Why the audit is back with its moderator, for their email, when it is.</param>
    public async Task EnterAsync(AuditCommandContext context, CancellationToken cancellationToken, string? backForModeration = null)
    {
        var audit = context.Audit;
        var policy = context.Policy;
        var lead = context.Settings.ReminderLeadWorkingDays;
        switch (audit.State)
        {
            case AuditState.ReturnedToAuditor:
            {
                var due = await workingDays.AddAsync(context.Today, policy.ReturnedAuditWorkingDays, cancellationToken);
                await deadlines.OpenAsync(audit, DeadlineKind.AuditDue, due, lead, ownerId: audit.AuditorId, cancellationToken: cancellationToken);
                emails.ReturnedToAuditor(audit, await StaffAsync(audit.AuditorId, cancellationToken), due);
                break;
            }

            case AuditState.AwaitingModeration or AuditState.AwaitingCoSign or AuditState.AwaitingReflectiveConversation:
            {
                var days = audit.State == AuditState.AwaitingReflectiveConversation
                    ? context.Settings.ReflectiveConversationWorkingDays
                    : policy.ModerationWorkingDays(audit.FinalGrade!.Value);
                var due = await workingDays.AddAsync(context.Today, days, cancellationToken);
                var holder = StageHolding.For(audit);
                await deadlines.OpenAsync(audit, audit.State.StageDeadline()!.Value, due, lead, ownerId: holder.StaffId, ownerRole: holder.PoolRole,
                    cancellationToken: cancellationToken);
                await AnnounceAsync(audit, due, backForModeration, cancellationToken);
                break;
            }

            case AuditState.ActionsOutstanding:
                foreach (var action in audit.Actions.Where(a => a.CompletedAt is null))
                {
                    await actionDeadlines.OpenAsync(context, action, cancellationToken);
                }

                break;
            case AuditState.Closed:
                audit.ClosedAt = context.Now;
                break;
        }

        if (audit.GradeConfirmedAt is null && audit.State.IsGradeSettled())
        {
            await ConfirmGradeAsync(audit, context.Now, cancellationToken);
        }
    }

    /// <summary>Tells whoever now holds the audit's stage that it is theirs, and by when.</summary>
    public async Task AnnounceAsync(CaseAudit audit, DateOnly due, string? backForModeration, CancellationToken cancellationToken)
    {
        var holder = StageHolding.For(audit);
        if (holder.VacantPost is { } post)
        {
            foreach (var qaLead in await ActiveInRoleAsync(Roles.QaLead, cancellationToken))
            {
                emails.PostVacant(audit, qaLead, post, due);
            }

            return;
        }

        if (holder.StaffId is not { } holderId)
        {
            if (audit.State == AuditState.AwaitingModeration)
            {
                var teamManagerId = audit.CaseFile?.Team?.TeamManagerId;
                foreach (var moderator in await ActiveInRoleAsync(Roles.PracticeImprovementManager, cancellationToken))
                {
                    // Not the auditor, nor the practitioner's manager: the workflow would not let them moderate it.
                    if (moderator.Id != audit.AuditorId && moderator.Id != teamManagerId)
                    {
                        emails.ModerationNeeded(audit, moderator, due, audit.ModerationReason ?? "Moderation is required");
                    }
                }
            }

            return;
        }

        var person = await StaffAsync(holderId, cancellationToken);
        switch (audit.State)
        {
            case AuditState.AwaitingModeration:
                emails.BackForModeration(audit, person, due, backForModeration ?? $"{audit.ToolKind.SentenceWording()} {audit.Reference} needs moderation.");
                break;
            case AuditState.AwaitingCoSign or AuditState.AwaitingReflectiveConversation when StageHolding.StandInId(audit) is not null:
                emails.StandInNamed(audit, person, StageHolding.PostFor(audit.State)!.Value, due);
                break;
            case AuditState.AwaitingCoSign:
                emails.CoSignNeeded(audit, person, due);
                break;
            case AuditState.AwaitingReflectiveConversation:
                emails.ConversationNeeded(audit, person, due);
                break;
        }
    }

    /// <summary>The grade is settled. Good or outstanding work is recognised: the practitioner and their team manager are thanked.</summary>
    private async Task ConfirmGradeAsync(CaseAudit audit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        audit.GradeConfirmedAt = now;
        if (audit.FinalGrade is not (Grade.Good or Grade.Outstanding))
        {
            return;
        }

        audit.IsGoodPracticeExample = true;
        var recognised = new[] { audit.CaseFile?.PractitionerId, audit.CaseFile?.Team?.TeamManagerId }.OfType<string>().Distinct();
        foreach (var id in recognised)
        {
            emails.GoodPractice(audit, await StaffAsync(id, cancellationToken));
        }
    }

    private Task<StaffMember> StaffAsync(string id, CancellationToken cancellationToken) =>
        db.PersonAsync(id, cancellationToken);

    private async Task<List<StaffMember>> ActiveInRoleAsync(string role, CancellationToken cancellationToken) =>
        await db.Users.Where(u => u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == Roles.IdOf(role)))
            .OrderBy(u => u.FullName).ToListAsync(cancellationToken);
}
