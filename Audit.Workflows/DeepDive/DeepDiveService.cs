using System.Security.Cryptography;
using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Allocation;
using Audit.Workflows.Common;
using Audit.Workflows.Deadlines;
using Audit.Workflows.Settings;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.DeepDive;

/// <summary>
/// Carries out the deep-dive workflow's commands. Each command is one unit of work: the guard check, the state
/// change, an immutable history row, deadline rows and outbox emails are saved together or not at all, and a
/// stale version (someone else acted first) saves nothing and says so.
/// </summary>
public sealed class DeepDiveService(
    AuditDbContext db,
    AuditAccess access,
    AllocationRules allocationRules,
    WorkingDays workingDays,
    DeadlineScheduler deadlines,
    DeepDiveEmails emails,
    TimeProvider clock)
{
    public const string ConflictMessage = "This audit was changed by someone else — review and try again";

    // ---- Allocation ----

    public async Task<CommandResult<CaseAudit>> AllocateAsync(AllocateCommand command, string actorId, CancellationToken cancellationToken = default)
    {
        var roles = await access.RolesOfAsync(actorId, cancellationToken);
        if (!roles.Contains(Roles.QaLead))
        {
            return CommandResult<CaseAudit>.Failure(string.Empty, "Only a QA lead can allocate audits");
        }

        var caseFile = await db.CaseFiles.Include(c => c.Team).FirstOrDefaultAsync(c => c.Id == command.CaseFileId, cancellationToken);
        if (caseFile is null)
        {
            return CommandResult<CaseAudit>.Failure(nameof(command.CaseFileId), "Select a case from the list");
        }

        var settings = await SettingsAsync(cancellationToken);
        var result = new CommandResult();
        if (await allocationRules.ConflictAsync(command.AuditorId, caseFile, cancellationToken) is { } conflict)
        {
            result.AddError(nameof(command.AuditorId), conflict);
        }

        var today = UkTime.Today(clock);
        var dueDate = command.DueDate ?? await workingDays.AddAsync(today, settings.DefaultAuditWorkingDays, cancellationToken);
        if (dueDate <= today)
        {
            result.AddError(nameof(command.DueDate), "Enter a due date in the future");
        }

        if (await db.CaseAudits.AnyAsync(a => a.CaseFileId == caseFile.Id && a.State != AuditState.Closed && a.State != AuditState.Cancelled, cancellationToken))
        {
            result.AddError(nameof(command.CaseFileId), $"Case {caseFile.Reference} already has an open audit");
        }

        if (!result.Succeeded)
        {
            return CommandResult<CaseAudit>.Failure(result);
        }

        var now = clock.GetUtcNow();
        // Fostering households have their own tool; every other case gets the deep-dive case audit. The audit keeps
        // the version that is current now, even if a newer one is published later.
        var toolKind = caseFile.CaseType == CaseType.FosteringHousehold ? ToolKind.Fostering : ToolKind.DeepDive;
        var toolVersionId = await db.AuditToolVersions
            .Where(v => v.Tool!.Kind == toolKind && v.Status == ToolVersionStatus.Published)
            .OrderByDescending(v => v.PublishedAt).ThenByDescending(v => v.Number)
            .Select(v => (int?)v.Id).FirstOrDefaultAsync(cancellationToken);
        var audit = new CaseAudit
        {
            CaseFile = caseFile,
            AuditorId = command.AuditorId!,
            ToolVersionId = toolVersionId,
            State = AuditState.Allocated,
            DueDate = dueDate,
            AllocatedAt = now,
            AllocatedById = actorId,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.CaseAudits.Add(audit);
        AddHistory(audit, actorId, AuditState.Allocated, AuditState.Allocated, "Allocate", $"Due {dueDate:d MMMM yyyy}");
        await deadlines.OpenAsync(audit, DeadlineKind.AuditDue, dueDate, settings.ReminderLeadWorkingDays, ownerId: audit.AuditorId, cancellationToken: cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        // The email links to the audit, so it is written once the audit has its number — in the same transaction.
        emails.Allocated(audit, await db.Users.SingleAsync(u => u.Id == audit.AuditorId, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return CommandResult<CaseAudit>.Success(audit);
    }

    // ---- Auditor ----

    public Task<CommandResult> StartAsync(int auditId, int version, string actorId, CancellationToken cancellationToken = default) =>
        ExecuteAsync(auditId, version, actorId, AuditTrigger.Start, cancellationToken, (context, _) =>
        {
            context.Workflow.Start();
            context.Audit.StartedAt = context.Now;
            context.History(null);
            return Task.FromResult(CommandResult.Success);
        });

    public Task<CommandResult> SubmitAsync(SubmitCommand command, string actorId, CancellationToken cancellationToken = default) =>
        ExecuteAsync(command.AuditId, command.Version, actorId, AuditTrigger.Submit, cancellationToken, async (context, ct) =>
        {
            var errors = new CommandResult();
            if (command.OverallGrade is null)
            {
                errors.AddError(nameof(command.OverallGrade), "Select an overall grade");
            }

            if (string.IsNullOrWhiteSpace(command.Rationale))
            {
                errors.AddError(nameof(command.Rationale), "Enter the reasons for the overall grade");
            }
            else if (command.Rationale.Length > Limits.LongText)
            {
                errors.AddError(nameof(command.Rationale), $"Reasons must be {Limits.LongText} characters or fewer");
            }

            if (!errors.Succeeded)
            {
                return errors;
            }

            var audit = context.Audit;
            var grade = command.OverallGrade!.Value;
            var seed = audit.ModerationSampleSeed ?? RandomNumberGenerator.GetInt32(int.MaxValue);
            var decision = new ModerationPolicy(context.Settings).Decide(grade, command.ImmediateResponseRaised || audit.ImmediateResponseRaised, seed);

            var gradeBefore = audit.FinalGrade;
            audit.AuditorGrade = grade;
            audit.FinalGrade = grade;
            audit.AuditorRationale = command.Rationale!.Trim();
            audit.ImmediateResponseRaised |= command.ImmediateResponseRaised;
            audit.SubmittedAt = context.Now;
            audit.ModerationRequired = decision.ModerationRequired;
            audit.ModerationReason = decision.Reason;
            audit.ModerationSampleSeed = grade == Grade.RequiresImprovement ? seed : null;
            context.Workflow.Submit(decision);
            context.History(decision.Reason, gradeBefore, grade);

            await deadlines.CompleteAsync(audit, context.Now, ct, DeadlineKind.AuditDue);
            await EnterStageAsync(context, ct);
            return CommandResult.Success;
        });

    // ---- Moderation ----

    public Task<CommandResult> ModerateAsync(ModerateCommand command, string actorId, CancellationToken cancellationToken = default)
    {
        var trigger = command.Outcome switch
        {
            ModerationOutcome.ChangeGrade => AuditTrigger.ChangeGrade,
            ModerationOutcome.ReturnToAuditor => AuditTrigger.ReturnToAuditor,
            _ => AuditTrigger.AgreeGrade,
        };
        return ExecuteAsync(command.AuditId, command.Version, actorId, trigger, cancellationToken, async (context, ct) =>
        {
            var errors = new CommandResult();
            if (command.Outcome is null)
            {
                errors.AddError(nameof(command.Outcome), "Select whether you agree with the grade, want to change it, or want to return the audit");
            }
            else if (command.Outcome == ModerationOutcome.ChangeGrade && command.NewGrade is null)
            {
                errors.AddError(nameof(command.NewGrade), "Select the grade the audit should have");
            }
            else if (command.Outcome == ModerationOutcome.ChangeGrade && command.NewGrade == context.Audit.FinalGrade)
            {
                errors.AddError(nameof(command.NewGrade), "Select a different grade, or choose to agree with the grade");
            }

            if (string.IsNullOrWhiteSpace(command.Rationale))
            {
                errors.AddError(nameof(command.Rationale), command.Outcome == ModerationOutcome.ReturnToAuditor
                    ? "Enter what the auditor needs to add or change"
                    : "Enter the reasons for your decision");
            }
            else if (command.Rationale.Length > Limits.LongText)
            {
                errors.AddError(nameof(command.Rationale), $"Reasons must be {Limits.LongText} characters or fewer");
            }

            if (!errors.Succeeded)
            {
                return errors;
            }

            var audit = context.Audit;
            var gradeBefore = audit.FinalGrade;
            var rationale = command.Rationale!.Trim();
            await deadlines.CompleteAsync(audit, context.Now, ct, DeadlineKind.ModerationDue);
            switch (command.Outcome)
            {
                case ModerationOutcome.ReturnToAuditor:
                    context.Workflow.Fire(AuditTrigger.ReturnToAuditor);
                    context.History(rationale, gradeBefore, gradeBefore);
                    await deadlines.OpenAsync(audit, DeadlineKind.AuditDue, await workingDays.AddAsync(UkTime.Today(clock), 5, ct),
                        context.Settings.ReminderLeadWorkingDays, ownerId: audit.AuditorId, cancellationToken: ct);
                    emails.ReturnedToAuditor(audit, await StaffAsync(audit.AuditorId, ct));
                    return CommandResult.Success;
                case ModerationOutcome.ChangeGrade:
                    audit.FinalGrade = command.NewGrade;
                    RecordModeration(context, rationale);
                    context.Workflow.ChangeGrade(command.NewGrade!.Value);
                    break;
                default:
                    RecordModeration(context, rationale);
                    context.Workflow.AgreeGrade();
                    break;
            }

            context.History(rationale, gradeBefore, audit.FinalGrade);
            await EnterStageAsync(context, ct);
            return CommandResult.Success;
        });
    }

    public Task<CommandResult> CoSignAsync(int auditId, int version, string? comment, string actorId, CancellationToken cancellationToken = default) =>
        ExecuteAsync(auditId, version, actorId, AuditTrigger.CoSign, cancellationToken, async (context, ct) =>
        {
            if (comment is { Length: > Limits.ShortText })
            {
                return CommandResult.Failure("Comment", $"Comment must be {Limits.ShortText} characters or fewer");
            }

            context.Audit.CoSignedById = actorId;
            context.Audit.CoSignedAt = context.Now;
            context.Workflow.Fire(AuditTrigger.CoSign);
            context.History(string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(), context.Audit.FinalGrade, context.Audit.FinalGrade);
            await deadlines.CompleteAsync(context.Audit, context.Now, ct, DeadlineKind.CoSignDue);
            await EnterStageAsync(context, ct);
            return CommandResult.Success;
        });

    // ---- Reflective conversation ----

    public Task<CommandResult> ScheduleConversationAsync(ScheduleConversationCommand command, string actorId, CancellationToken cancellationToken = default) =>
        ExecuteAsync(command.AuditId, command.Version, actorId, AuditTrigger.ScheduleConversation, cancellationToken, (context, _) =>
        {
            var errors = new CommandResult();
            if (command.When is null)
            {
                errors.AddError(nameof(command.When), "Enter the date and time of the conversation");
            }
            else if (command.When <= context.Now)
            {
                errors.AddError(nameof(command.When), "Enter a date and time in the future");
            }

            if (string.IsNullOrWhiteSpace(command.Location))
            {
                errors.AddError(nameof(command.Location), "Enter where the conversation will be held, or how to join it");
            }
            else if (command.Location.Length > 200)
            {
                errors.AddError(nameof(command.Location), "Location must be 200 characters or fewer");
            }

            if (!errors.Succeeded)
            {
                return Task.FromResult(errors);
            }

            context.Audit.ConversationScheduledFor = command.When;
            context.Audit.ConversationLocation = command.Location!.Trim();
            context.Workflow.Fire(AuditTrigger.ScheduleConversation);
            context.History($"Scheduled for {Common.UkTime.ToUk(command.When!.Value):d MMMM yyyy HH:mm}");
            return Task.FromResult(CommandResult.Success);
        });

    public Task<CommandResult> RecordConversationAsync(RecordConversationCommand command, string actorId, CancellationToken cancellationToken = default) =>
        ExecuteAsync(command.AuditId, command.Version, actorId, AuditTrigger.RecordConversation, cancellationToken, async (context, ct) =>
        {
            var errors = new CommandResult();
            if (string.IsNullOrWhiteSpace(command.Learning))
            {
                errors.AddError(nameof(command.Learning), "Enter the learning agreed in the conversation");
            }
            else if (command.Learning.Length > Limits.LongText)
            {
                errors.AddError(nameof(command.Learning), $"Learning must be {Limits.LongText} characters or fewer");
            }

            if (command.PractitionerReflections is { Length: > Limits.LongText })
            {
                errors.AddError(nameof(command.PractitionerReflections), $"Reflections must be {Limits.LongText} characters or fewer");
            }

            if (!errors.Succeeded)
            {
                return errors;
            }

            context.Audit.ConversationHeldAt = context.Now;
            context.Audit.ConversationLearning = command.Learning!.Trim();
            context.Audit.PractitionerReflections = command.PractitionerReflections?.Trim();
            context.Workflow.Fire(AuditTrigger.RecordConversation);
            context.History("Reflective conversation recorded");
            await deadlines.CompleteAsync(context.Audit, context.Now, ct, DeadlineKind.ConversationDue);
            await EnterStageAsync(context, ct);
            return CommandResult.Success;
        });

    // ---- Actions ----

    public Task<CommandResult> CompleteActionAsync(CompleteActionCommand command, string actorId, CancellationToken cancellationToken = default) =>
        ExecuteAsync(command.AuditId, command.Version, actorId, AuditTrigger.CompleteAction, cancellationToken, async (context, ct) =>
        {
            var action = context.Audit.Actions.FirstOrDefault(a => a.Id == command.ActionId && a.CompletedAt is null);
            if (action is null)
            {
                return CommandResult.Failure(string.Empty, "The action could not be found, or is already complete");
            }

            if (action.OwnerId != actorId && !context.Actor.IsQaLead)
            {
                return CommandResult.Failure(string.Empty, "Only the person who owns this action, or a QA lead, can complete it");
            }

            if (command.Note is { Length: > Limits.ShortText })
            {
                return CommandResult.Failure(nameof(command.Note), $"Note must be {Limits.ShortText} characters or fewer");
            }

            action.CompletedAt = context.Now;
            action.CompletedById = actorId;
            action.CompletionNote = string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim();
            context.Workflow.Fire(AuditTrigger.CompleteAction);
            context.History($"Completed: {action.Description}");
            foreach (var deadline in await db.Deadlines.Where(d => d.AuditActionId == action.Id && d.CompletedAt == null).ToListAsync(ct))
            {
                deadline.CompletedAt = context.Now;
            }

            // The audit closes itself when its last action is done.
            if (context.Workflow.Check(AuditTrigger.Close).IsAllowed)
            {
                context.Workflow.Fire(AuditTrigger.Close);
                context.Audit.ClosedAt = context.Now;
                context.History("All actions complete", trigger: AuditTrigger.Close);
            }

            return CommandResult.Success;
        });

    // ---- QA lead ----

    public Task<CommandResult> ReallocateAsync(ReallocateCommand command, string actorId, CancellationToken cancellationToken = default) =>
        ExecuteAsync(command.AuditId, command.Version, actorId, AuditTrigger.Reallocate, cancellationToken, async (context, ct) =>
        {
            var audit = context.Audit;
            var errors = new CommandResult();
            if (command.AuditorId == audit.AuditorId)
            {
                errors.AddError(nameof(command.AuditorId), "Select a different auditor");
            }
            else if (await allocationRules.ConflictAsync(command.AuditorId, audit.CaseFile!, ct) is { } conflict)
            {
                errors.AddError(nameof(command.AuditorId), conflict);
            }

            var dueDate = command.DueDate ?? audit.DueDate;
            if (dueDate <= UkTime.Today(clock))
            {
                errors.AddError(nameof(command.DueDate), "Enter a due date in the future");
            }

            if (!errors.Succeeded)
            {
                return errors;
            }

            var previous = await StaffAsync(audit.AuditorId, ct);
            var next = await StaffAsync(command.AuditorId!, ct);
            audit.AuditorId = next.Id;
            audit.Auditor = next;
            audit.DueDate = dueDate;
            context.Workflow.Fire(AuditTrigger.Reallocate);
            context.History($"From {previous.FullName} to {next.FullName}");
            await deadlines.RescheduleAsync(audit, DeadlineKind.AuditDue, dueDate, context.Settings.ReminderLeadWorkingDays, next.Id, ct);
            emails.Reallocated(audit, previous);
            emails.Allocated(audit, next);
            return CommandResult.Success;
        });

    public Task<CommandResult> ExtendAsync(ExtendCommand command, string actorId, CancellationToken cancellationToken = default) =>
        ExecuteAsync(command.AuditId, command.Version, actorId, AuditTrigger.Extend, cancellationToken, async (context, ct) =>
        {
            var audit = context.Audit;
            var errors = new CommandResult();
            if (command.DueDate is null)
            {
                errors.AddError(nameof(command.DueDate), "Enter the new due date");
            }
            else if (command.DueDate <= audit.DueDate || command.DueDate <= UkTime.Today(clock))
            {
                errors.AddError(nameof(command.DueDate), "Enter a due date later than the current one and in the future");
            }

            if (string.IsNullOrWhiteSpace(command.Reason))
            {
                errors.AddError(nameof(command.Reason), "Enter the reason for the extension");
            }
            else if (command.Reason.Length > Limits.ShortText)
            {
                errors.AddError(nameof(command.Reason), $"Reason must be {Limits.ShortText} characters or fewer");
            }

            if (!errors.Succeeded)
            {
                return errors;
            }

            var before = audit.DueDate;
            audit.DueDate = command.DueDate!.Value;
            context.Workflow.Fire(AuditTrigger.Extend);
            context.History($"Due date moved from {before:d MMMM yyyy} to {audit.DueDate:d MMMM yyyy}: {command.Reason!.Trim()}");
            await deadlines.RescheduleAsync(audit, DeadlineKind.AuditDue, audit.DueDate, context.Settings.ReminderLeadWorkingDays, audit.AuditorId, ct);
            emails.Extended(audit, await StaffAsync(audit.AuditorId, ct));
            return CommandResult.Success;
        });

    public Task<CommandResult> CancelAsync(CancelCommand command, string actorId, CancellationToken cancellationToken = default) =>
        ExecuteAsync(command.AuditId, command.Version, actorId, AuditTrigger.Cancel, cancellationToken, async (context, ct) =>
        {
            if (string.IsNullOrWhiteSpace(command.Reason))
            {
                return CommandResult.Failure(nameof(command.Reason), "Enter the reason for cancelling the audit");
            }

            if (command.Reason.Length > Limits.ShortText)
            {
                return CommandResult.Failure(nameof(command.Reason), $"Reason must be {Limits.ShortText} characters or fewer");
            }

            context.Audit.CancelledAt = context.Now;
            context.Audit.CancellationReason = command.Reason.Trim();
            context.Workflow.Fire(AuditTrigger.Cancel);
            context.History(command.Reason.Trim());
            await deadlines.CompleteAsync(context.Audit, context.Now, ct, Enum.GetValues<DeadlineKind>());
            emails.Cancelled(context.Audit, await StaffAsync(context.Audit.AuditorId, ct));
            return CommandResult.Success;
        });

    // ---- Questions ----

    /// <summary>What this person may do to the audit now (for the buttons on its page).</summary>
    public async Task<IReadOnlyList<AuditTrigger>> PermittedAsync(CaseAudit audit, string actorId, CancellationToken cancellationToken = default) =>
        new DeepDiveWorkflow(audit, await access.ActorAsync(actorId, audit, cancellationToken)).PermittedTriggers();

    public async Task<WorkflowSettings> SettingsAsync(CancellationToken cancellationToken = default) =>
        await db.CurrentWorkflowSettingsAsync(cancellationToken);

    // ---- The unit of work ----

    private async Task<CommandResult> ExecuteAsync(int auditId, int version, string actorId, AuditTrigger trigger,
        CancellationToken cancellationToken, Func<CommandContext, CancellationToken, Task<CommandResult>> apply)
    {
        var audit = await access.FindVisibleAsync(auditId, actorId, track: true, cancellationToken);
        if (audit is null)
        {
            return CommandResult.Failure(string.Empty, "The audit could not be found");
        }

        if (audit.Version != version)
        {
            return CommandResult.Conflict(ConflictMessage);
        }

        var actor = await access.ActorAsync(actorId, audit, cancellationToken);
        var workflow = new DeepDiveWorkflow(audit, actor);
        var check = workflow.Check(trigger);
        if (!check.IsAllowed)
        {
            return CommandResult.Failure(string.Empty, check.Reason!);
        }

        db.Entry(audit).Property(a => a.Version).OriginalValue = version;
        var context = new CommandContext(this, audit, actor, workflow, trigger, clock.GetUtcNow(), await SettingsAsync(cancellationToken));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await apply(context, cancellationToken);
        if (!result.Succeeded)
        {
            db.ChangeTracker.Clear();
            return result;
        }

        try
        {
            // Touch the audit row so its version moves even when only related rows changed.
            db.Entry(audit).State = db.Entry(audit).State == EntityState.Unchanged ? EntityState.Modified : db.Entry(audit).State;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return CommandResult.Success;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return CommandResult.Conflict(ConflictMessage);
        }
    }

    /// <summary>Opens the deadline and sends the email for the stage the audit has just entered.</summary>
    private async Task EnterStageAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var audit = context.Audit;
        var settings = context.Settings;
        var today = UkTime.Today(clock);
        switch (audit.State)
        {
            case AuditState.AwaitingModeration:
            {
                var due = await workingDays.AddAsync(today, new ModerationPolicy(settings).ModerationWorkingDays(audit.FinalGrade!.Value), cancellationToken);
                await deadlines.OpenAsync(audit, DeadlineKind.ModerationDue, due, settings.ReminderLeadWorkingDays, ownerRole: Roles.PracticeImprovementManager, cancellationToken: cancellationToken);
                foreach (var moderator in await StaffInRoleAsync(Roles.PracticeImprovementManager, cancellationToken))
                {
                    if (moderator.Id != audit.AuditorId)
                    {
                        emails.ModerationNeeded(audit, moderator, due, audit.ModerationReason ?? "Moderation is required");
                    }
                }

                break;
            }

            case AuditState.AwaitingCoSign:
            {
                var due = await workingDays.AddAsync(today, settings.GoodOrOutstandingModerationWorkingDays, cancellationToken);
                var adId = audit.CaseFile?.Team?.ServiceArea?.Directorate?.AssistantDirectorId;
                await deadlines.OpenAsync(audit, DeadlineKind.CoSignDue, due, settings.ReminderLeadWorkingDays,
                    ownerId: adId, ownerRole: adId is null ? Roles.AssistantDirector : null, cancellationToken: cancellationToken);
                if (adId is not null)
                {
                    emails.CoSignNeeded(audit, await StaffAsync(adId, cancellationToken), due);
                }

                break;
            }

            case AuditState.AwaitingReflectiveConversation:
            {
                var due = await workingDays.AddAsync(today, settings.ReflectiveConversationWorkingDays, cancellationToken);
                var smId = audit.CaseFile?.Team?.ServiceArea?.ServiceManagerId;
                await deadlines.OpenAsync(audit, DeadlineKind.ConversationDue, due, settings.ReminderLeadWorkingDays,
                    ownerId: smId, ownerRole: smId is null ? Roles.ServiceManager : null, cancellationToken: cancellationToken);
                if (smId is not null)
                {
                    emails.ConversationNeeded(audit, await StaffAsync(smId, cancellationToken), due);
                }

                break;
            }

            case AuditState.ActionsOutstanding:
                foreach (var action in audit.Actions.Where(a => a.CompletedAt is null))
                {
                    var exists = await db.Deadlines.AnyAsync(d => d.AuditActionId == action.Id && d.CompletedAt == null, cancellationToken);
                    if (!exists)
                    {
                        await deadlines.OpenAsync(audit, DeadlineKind.ActionDue, action.DueDate, settings.ReminderLeadWorkingDays,
                            ownerId: action.OwnerId, actionId: action.Id, cancellationToken: cancellationToken);
                    }
                }

                break;
            case AuditState.Closed:
                audit.ClosedAt = context.Now;
                break;
        }
    }

    private static void RecordModeration(CommandContext context, string rationale)
    {
        context.Audit.ModeratorId = context.Actor.StaffId;
        context.Audit.ModeratedAt = context.Now;
        context.Audit.ModerationRationale = rationale;
    }

    private Task<StaffMember> StaffAsync(string id, CancellationToken cancellationToken) =>
        db.Users.SingleAsync(u => u.Id == id, cancellationToken);

    private async Task<List<StaffMember>> StaffInRoleAsync(string role, CancellationToken cancellationToken) =>
        await db.Users.Where(u => u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == Roles.IdOf(role))).ToListAsync(cancellationToken);

    private void AddHistory(CaseAudit audit, string? actorId, AuditState from, AuditState to, string trigger, string? comment,
        Grade? gradeBefore = null, Grade? gradeAfter = null) =>
        audit.History.Add(new AuditHistoryEntry
        {
            OccurredAt = clock.GetUtcNow(),
            ActorId = actorId,
            FromState = from,
            ToState = to,
            Trigger = trigger,
            Comment = comment,
            GradeBefore = gradeBefore,
            GradeAfter = gradeAfter,
        });

    /// <summary>What one command works with.</summary>
    private sealed class CommandContext(DeepDiveService service, CaseAudit audit, AuditActor actor, DeepDiveWorkflow workflow,
        AuditTrigger trigger, DateTimeOffset now, WorkflowSettings settings)
    {
        private AuditState from = audit.State;

        public CaseAudit Audit => audit;
        public AuditActor Actor => actor;
        public DeepDiveWorkflow Workflow => workflow;
        public DateTimeOffset Now => now;
        public WorkflowSettings Settings => settings;

        /// <summary>Writes the history row for the transition just made (from the state before it to the state now).</summary>
        public void History(string? comment, Grade? gradeBefore = null, Grade? gradeAfter = null, AuditTrigger? trigger1 = null)
        {
            service.AddHistory(audit, actor.StaffId, from, audit.State, (trigger1 ?? trigger).ToString(), comment, gradeBefore, gradeAfter);
            from = audit.State;
        }

        public void History(string? comment, AuditTrigger trigger) => History(comment, null, null, trigger);
    }
}
