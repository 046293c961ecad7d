using Audit.Workflows.Tools;
using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Deadlines;
using Audit.Workflows.DeepDive;
using Audit.Workflows.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Audit.Workflows.ImmediateResponses;

public sealed record RaiseImmediateResponseCommand(int AuditId, string? Risk, string? NeededNow);

public sealed record AcknowledgeCommand(int ImmediateResponseId, string? ActionTaken);

/// <summary>An immediate response as its page shows it.</summary>
public sealed record ImmediateResponseRecord(CaseAudit Audit, ImmediateResponse Response, string RaisedByName)
{
    public bool IsFullyAcknowledged => Response.Acknowledgements.All(a => a.AcknowledgedAt is not null);

    /// <summary>This person's own unanswered request to acknowledge, if they were asked and have not yet.</summary>
    public ImmediateResponseAcknowledgement? AwaitingFrom(string staffId) =>
        Response.Acknowledgements.FirstOrDefault(a => a.StaffMemberId == staffId && a.AcknowledgedAt is null);
}

/// <summary>
/// When an auditor finds a child at risk of significant harm now, they raise an immediate response: the
/// practitioner's team manager and service manager are told at once (high-priority email, top of their inbox) and
/// must each acknowledge it and record what they did. If either has not by the end of the next working day, the
/// assistant director is told (by the deadline sweep).
/// </summary>
public sealed class ImmediateResponseService(
    AuditDbContext db,
    AuditAccess access,
    DeepDiveWorkflows workflows,
    WorkingDays workingDays,
    DeadlineScheduler deadlines,
    Outbox outbox,
    EmailTemplates templates,
    TimeProvider clock,
    IOptions<AppOptions> app)
{
    public const string TeamManager = "Team manager";
    public const string ServiceManager = "Service manager";

    public async Task<CommandResult<ImmediateResponse>> RaiseAsync(RaiseImmediateResponseCommand command, string actorId, CancellationToken cancellationToken = default)
    {
        var audit = await access.FindVisibleAsync(command.AuditId, actorId, track: true, cancellationToken);
        if (audit is null)
        {
            return CommandResult<ImmediateResponse>.Failure(string.Empty, "The audit could not be found");
        }

        if (await RefusalToRaiseAsync(audit, actorId, cancellationToken) is { } refusal)
        {
            return CommandResult<ImmediateResponse>.Failure(string.Empty, refusal);
        }

        var errors = new CommandResult();
        if (string.IsNullOrWhiteSpace(command.Risk))
        {
            errors.AddError(nameof(command.Risk), "Enter what the risk to the child is");
        }
        else if (command.Risk.Length > Limits.LongText)
        {
            errors.AddError(nameof(command.Risk), $"The risk must be {Limits.LongText:N0} characters or fewer");
        }

        if (string.IsNullOrWhiteSpace(command.NeededNow))
        {
            errors.AddError(nameof(command.NeededNow), "Enter what needs to happen now");
        }
        else if (command.NeededNow.Length > Limits.LongText)
        {
            errors.AddError(nameof(command.NeededNow), $"What needs to happen must be {Limits.LongText:N0} characters or fewer");
        }

        if (!errors.Succeeded)
        {
            return CommandResult<ImmediateResponse>.Failure(errors);
        }

        var now = clock.GetUtcNow();
        var response = new ImmediateResponse
        {
            CaseAuditId = audit.Id,
            RaisedById = actorId,
            RaisedAt = now,
            Risk = command.Risk!.Trim(),
            NeededNow = command.NeededNow!.Trim(),
        };
        foreach (var (staffId, askedAs) in await WhoMustAcknowledgeAsync(audit, cancellationToken))
        {
            response.Acknowledgements.Add(new ImmediateResponseAcknowledgement { StaffMemberId = staffId, AskedAs = askedAs });
        }

        audit.ImmediateResponseRaised = true;
        audit.History.Add(new AuditHistoryEntry
        {
            OccurredAt = now,
            ActorId = actorId,
            FromState = audit.State,
            ToState = audit.State,
            Trigger = "RaiseImmediateResponse",
            Comment = "Immediate response raised: " + string.Join(" and ", response.Acknowledgements.Select(a => a.AskedAs.ToLowerInvariant())) + " asked to acknowledge",
        });

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ImmediateResponses.Add(response);
        await db.SaveChangesAsync(cancellationToken);

        // Acknowledge by the end of the next working day.
        var due = await workingDays.AddAsync(UkTime.Today(clock).AddDays(1), 0, cancellationToken);
        foreach (var acknowledgement in response.Acknowledgements)
        {
            var deadline = await deadlines.OpenAsync(audit, DeadlineKind.ImmediateResponseAcknowledgement, due, reminderLeadWorkingDays: 0,
                ownerId: acknowledgement.StaffMemberId, cancellationToken: cancellationToken);
            deadline.ImmediateResponseId = response.Id;
            // No reminder: the first email is already the urgent one.
            deadline.ReminderSentAt = now;
            var person = await db.PersonAsync(acknowledgement.StaffMemberId, cancellationToken);
            if (person is { IsActive: true, Email: not null })
            {
                outbox.Enqueue(person.Email, person.FullName, templates.Notice("immediate-response",
                    $"URGENT: immediate response needed for audit {audit.Reference}", person.FullName,
                    [
                        $"An auditor has raised an immediate response on {audit.ToolKind.Wording()} {audit.Reference}: they believe a child may be at risk of significant harm now.",
                        $"You have been asked as the {acknowledgement.AskedAs.ToLowerInvariant()}. Read the concern in Audit, act on it, and record what you did by the end of {EmailTemplates.FormatDate(WorkingDays.EndOfUkDay(due).AddMinutes(-1))}.",
                        "If it is not acknowledged by then, the assistant director will be told.",
                    ],
                    app.Value.Link($"/audits/{audit.Id}/immediate-responses/{response.Id}"), "Read and acknowledge the concern"), MessagePriority.High);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return CommandResult<ImmediateResponse>.Success(response);
    }

    public async Task<CommandResult> AcknowledgeAsync(AcknowledgeCommand command, string actorId, CancellationToken cancellationToken = default)
    {
        var response = await db.ImmediateResponses.Include(r => r.Acknowledgements).Include(r => r.CaseAudit)
            .FirstOrDefaultAsync(r => r.Id == command.ImmediateResponseId, cancellationToken);
        if (response is null || await access.FindVisibleAsync(response.CaseAuditId, actorId, cancellationToken: cancellationToken) is null)
        {
            return CommandResult.Failure(string.Empty, "The immediate response could not be found");
        }

        var mine = response.Acknowledgements.FirstOrDefault(a => a.StaffMemberId == actorId);
        if (mine is null)
        {
            return CommandResult.Failure(string.Empty, "Only the team manager and service manager asked to respond can acknowledge this immediate response");
        }

        if (mine.AcknowledgedAt is not null)
        {
            return CommandResult.Failure(string.Empty, "You have already acknowledged this immediate response");
        }

        if (string.IsNullOrWhiteSpace(command.ActionTaken))
        {
            return CommandResult.Failure(nameof(command.ActionTaken), "Enter what you have done in response");
        }

        if (command.ActionTaken.Length > Limits.LongText)
        {
            return CommandResult.Failure(nameof(command.ActionTaken), $"What you have done must be {Limits.LongText:N0} characters or fewer");
        }

        var now = clock.GetUtcNow();
        mine.AcknowledgedAt = now;
        mine.ActionTaken = command.ActionTaken.Trim();
        response.CaseAudit!.History.Add(new AuditHistoryEntry
        {
            OccurredAt = now,
            ActorId = actorId,
            FromState = response.CaseAudit.State,
            ToState = response.CaseAudit.State,
            Trigger = "AcknowledgeImmediateResponse",
            Comment = $"Immediate response acknowledged by the {mine.AskedAs.ToLowerInvariant()}",
        });
        foreach (var deadline in await db.Deadlines.Where(d => d.ImmediateResponseId == response.Id && d.OwnerId == actorId && d.CompletedAt == null).ToListAsync(cancellationToken))
        {
            deadline.CompletedAt = now;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Success;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return CommandResult.Conflict("This immediate response was changed by someone else — review and try again");
        }
    }

    /// <summary>Why this person may not raise an immediate response on this audit now (the workflow's reason); null when they may.</summary>
    public async Task<string?> RefusalToRaiseAsync(CaseAudit audit, string actorId, CancellationToken cancellationToken = default) =>
        (await workflows.CheckAsync(audit, actorId, AuditTrigger.RaiseImmediateResponse, cancellationToken)).Reason;

    /// <summary>
    /// One immediate response on one audit, with who raised it and who was asked; null when this person may not see
    /// the audit or read its findings yet, or the response belongs to another audit.
    /// </summary>
    public async Task<ImmediateResponseRecord?> FindAsync(int auditId, int immediateResponseId, string staffId, CancellationToken cancellationToken = default)
    {
        var audit = await access.FindWithFindingsAsync(auditId, staffId, cancellationToken);
        if (audit is null)
        {
            return null;
        }

        var response = await db.ImmediateResponses.AsNoTracking().Include(r => r.Acknowledgements).ThenInclude(a => a.StaffMember)
            .FirstOrDefaultAsync(r => r.Id == immediateResponseId && r.CaseAuditId == auditId, cancellationToken);
        if (response is null)
        {
            return null;
        }

        var raisedBy = await db.Users.Where(u => u.Id == response.RaisedById).Select(u => u.FullName).FirstOrDefaultAsync(cancellationToken);
        return new ImmediateResponseRecord(audit, response, raisedBy ?? "Unknown");
    }

    /// <summary>The immediate responses on an audit, newest first, with who has acknowledged.</summary>
    public Task<List<ImmediateResponse>> ForAuditAsync(int auditId, CancellationToken cancellationToken = default) =>
        db.ImmediateResponses.AsNoTracking().Include(r => r.Acknowledgements).ThenInclude(a => a.StaffMember)
            .Where(r => r.CaseAuditId == auditId).OrderByDescending(r => r.RaisedAt).ToListAsync(cancellationToken);

    /// <summary>
    /// The practitioner's team manager and the service manager for the case's service. Where a post is vacant, the
    /// QA leads are asked instead, so an immediate response never goes to no one.
    /// </summary>
    private async Task<List<(string StaffId, string AskedAs)>> WhoMustAcknowledgeAsync(CaseAudit audit, CancellationToken cancellationToken)
    {
        var team = audit.CaseFile?.Team;
        var people = new List<(string, string)>();
        if (team?.TeamManagerId is { } tm)
        {
            people.Add((tm, TeamManager));
        }

        if (team?.ServiceArea?.ServiceManagerId is { } sm && sm != team.TeamManagerId)
        {
            people.Add((sm, ServiceManager));
        }

        if (people.Count == 0)
        {
            var qaLeads = await db.Users.Where(u => u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == Roles.IdOf(Roles.QaLead)))
                .Select(u => u.Id).ToListAsync(cancellationToken);
            people.AddRange(qaLeads.Select(id => (id, "QA lead (no team or service manager is recorded)")));
        }

        return people;
    }
}
