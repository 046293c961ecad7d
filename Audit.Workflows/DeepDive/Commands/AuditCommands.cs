using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive.Stages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Audit.Workflows.DeepDive.Commands;

/// <summary>A command on one audit, made at the version the person saw, that fires one trigger of the workflow.</summary>
public interface IAuditCommand
{
    int AuditId { get; }

    /// <summary>The audit's version when the person opened the form: a stale one saves nothing.</summary>
    int Version { get; }

    AuditTrigger Trigger { get; }

    /// <summary>
    /// The parts of the audit this command's handler reads, besides what every command loads (its row, case,
    /// organisation, tool version and people). All of them unless the command says less; a part not loaded is null,
    /// so a guard, handler or actor flag that reads it fails instead of finding it empty.
    /// </summary>
    AuditParts Reads => AuditParts.All;
}

/// <summary>A command on one action of an audit: its owner may send it without seeing the rest of the audit.</summary>
public interface IActionCommand : IAuditCommand
{
    int ActionId { get; }
}

/// <summary>
/// Carries out one kind of command inside the unit of work: validates what was typed (returning every problem at
/// once), then changes the audit, fires the trigger, writes the history row, deadlines and emails through the
/// context. It never saves: the unit of work does, all together or not at all.
/// </summary>
public interface IAuditCommandHandler<in TCommand> where TCommand : IAuditCommand
{
    Task<CommandResult> HandleAsync(TCommand command, AuditCommandContext context, CancellationToken cancellationToken);
}

/// <summary>
/// The one way to change an audit: <c>await commands.SendAsync(new SubmitCommand(…), staffId)</c>. Each command is
/// one unit of work. The audit is found only if this person may see it; the workflow must allow the trigger (else
/// its reason is the answer); the handler's changes — state, history, deadlines, outbox emails — are saved in one
/// transaction; and a stale version saves nothing and says so, naming what changed when the workflow now refuses.
/// </summary>
public sealed class AuditCommands(AuditDbContext db, AuditAccess access, DeepDiveWorkflows workflows, IServiceProvider services, TimeProvider clock)
{
    public const string ConflictMessage = "This audit was changed by someone else — review and try again";

    public Task<CommandResult> SendAsync<TCommand>(TCommand command, string actorId, CancellationToken cancellationToken = default)
        where TCommand : IAuditCommand =>
        SendAsync(command, actorId, CommandResult.Success, cancellationToken);

    /// <summary>
    /// As <see cref="SendAsync{TCommand}(TCommand, string, CancellationToken)"/>, with what the form could not read
    /// (<paramref name="formErrors"/>): the handler still checks the rest, so every problem is reported at once, and
    /// nothing is saved while there are any.
    /// </summary>
    public async Task<CommandResult> SendAsync<TCommand>(TCommand command, string actorId, CommandResult formErrors, CancellationToken cancellationToken = default)
        where TCommand : IAuditCommand
    {
        // One connection for the command's reads and its transaction, opened once rather than per query.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await RunAsync(command, actorId, formErrors, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<CommandResult> RunAsync<TCommand>(TCommand command, string actorId, CommandResult formErrors, CancellationToken cancellationToken)
        where TCommand : IAuditCommand
    {
        var handler = services.GetRequiredService<IAuditCommandHandler<TCommand>>();
        var audit = await access.FindForCommandAsync(command.AuditId, (command as IActionCommand)?.ActionId, actorId, command.Reads, cancellationToken);
        if (audit is null)
        {
            return CommandResult.Failure(string.Empty, "The audit could not be found");
        }

        if (audit.Version != command.Version)
        {
            return await ConflictAsync(command, actorId, cancellationToken);
        }

        var workflow = await workflows.ForAsync(audit, actorId, cancellationToken);
        var check = workflow.Check(command.Trigger);
        if (!check.IsAllowed)
        {
            return CommandResult.Failure(string.Empty, check.Reason!);
        }

        db.WithoutDetectingChanges(() => db.Entry(audit)).Property(nameof(CaseAudit.Version)).OriginalValue = command.Version;
        var stateBefore = audit.State;
        var context = new AuditCommandContext(audit, workflow, command.Trigger, clock.GetUtcNow(), await workflows.SettingsAsync(cancellationToken), workflows);
        var result = CommandResult.WithFormErrors(formErrors, await handler.HandleAsync(command, context, cancellationToken));
        if (!result.Succeeded)
        {
            db.ChangeTracker.Clear();
            return result;
        }

        // A stand-in holds one stage: once the audit moves on, they no longer hold it (nor see it as a stand-in).
        if (audit.State != stateBefore && audit.StandInState != audit.State)
        {
            audit.StandInId = null;
            audit.StandInState = null;
        }

        // The transaction holds only the writes: the handler's reads ran before it, so a command holds SQLite's one
        // write lock for as short a time as it can. The audit's version (checked by the UPDATE) still stops a
        // command whose reads another command overtook; then nothing is saved.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            // The version moves even when only related rows changed. Only the changed columns are written: marking
            // the whole entry Modified would update every column of the audit. Marked without detecting changes
            // (asking for the entry would detect across the audit's whole graph): the save detects them, once.
            db.WithoutDetectingChanges(() => db.Entry(audit)).Property(nameof(CaseAudit.Version)).IsModified = true;

            await db.SaveChangesAsync(cancellationToken);
            if (context.AfterSaveSteps.Count > 0)
            {
                // Rows that need the ids just given (a new action's deadline, email link and history), in the same transaction.
                foreach (var step in context.AfterSaveSteps)
                {
                    await step(cancellationToken);
                }

                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return CommandResult.Success;
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(cancellationToken);
            return await ConflictAsync(command, actorId, cancellationToken);
        }
    }

    /// <summary>
    /// Someone else acted first. When the workflow now refuses this command, its reason says what happened ("Morgan
    /// Moderator has taken this audit for moderation"); otherwise the person is asked to review and try again.
    /// </summary>
    private async Task<CommandResult> ConflictAsync(IAuditCommand command, string actorId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var audit = await FindAsync(command, actorId, cancellationToken);
        if (audit is not null && (await workflows.ForAsync(audit, actorId, cancellationToken)).Check(command.Trigger) is { IsAllowed: false } refused)
        {
            return CommandResult.Conflict($"This audit was changed by someone else: {refused.Reason}");
        }

        return CommandResult.Conflict(ConflictMessage);
    }

    /// <summary>The audit as it is now (read only), if this person may act on it: one they see, or — for a command on an action — one whose action they own.</summary>
    private Task<CaseAudit?> FindAsync(IAuditCommand command, string actorId, CancellationToken cancellationToken) =>
        command is IActionCommand onAction
            ? access.FindForActionAsync(command.AuditId, onAction.ActionId, actorId, track: false, cancellationToken)
            : access.FindVisibleAsync(command.AuditId, actorId, track: false, cancellationToken);
}

/// <summary>What one command works with: the audit (tracked), the workflow as the actor sees it, the clock and the policy.</summary>
public sealed class AuditCommandContext(CaseAudit audit, DeepDiveWorkflow workflow, AuditTrigger trigger, DateTimeOffset now,
    WorkflowSettings settings, DeepDiveWorkflows workflows)
{
    private AuditState from = audit.State;
    private readonly List<Func<CancellationToken, Task>> afterSave = [];

    public CaseAudit Audit => audit;
    public AuditActor Actor => workflow.Actor;
    public DeepDiveWorkflow Workflow => workflow;
    public DateTimeOffset Now => now;
    public DateOnly Today => DateOnly.FromDateTime(UkTime.ToUk(now).DateTime);
    public WorkflowSettings Settings => settings;
    public ModerationPolicy Policy { get; } = new(settings);

    /// <summary>
    /// Work that needs the ids of rows this command adds (a new action's deadline, the link in its email): done once
    /// they are saved, inside the same transaction, and saved with the rest. Handlers still never save.
    /// </summary>
    public void AfterSave(Func<CancellationToken, Task> step) => afterSave.Add(step);

    internal IReadOnlyList<Func<CancellationToken, Task>> AfterSaveSteps => afterSave;

    /// <summary>The workflow for Audit itself, for a step it then takes by its own rules (closing after the last action).</summary>
    public Task<DeepDiveWorkflow> SystemWorkflowAsync(CancellationToken cancellationToken) => workflows.ForSystemAsync(audit, cancellationToken);

    /// <summary>Writes the history row for the step just taken (from the state before it to the state now) and returns it.</summary>
    public AuditHistoryEntry History(string? comment, Grade? gradeBefore = null, Grade? gradeAfter = null, AuditTrigger? trigger1 = null, bool bySystem = false)
    {
        var entry = new AuditHistoryEntry
        {
            OccurredAt = now,
            ActorId = bySystem || Actor.IsSystem ? null : Actor.StaffId,
            FromState = from,
            ToState = audit.State,
            Trigger = (trigger1 ?? trigger).ToString(),
            Comment = comment,
            GradeBefore = gradeBefore,
            GradeAfter = gradeAfter,
        };
        audit.History.Add(entry);
        from = audit.State;
        return entry;
    }

    /// <summary>
    /// The comment for the history, saying so when a QA lead acted for a post no one holds: the record shows who
    /// really did it, and for whom.
    /// </summary>
    public string? ActingFor(string? comment)
    {
        if (!Actor.ActsForVacantPost || Actor.IsStandIn || StageHolding.PostFor(from) is not { } post)
        {
            return comment;
        }

        var note = $"Acting for the {post.Name()}, as no {post.Name()} could act";
        return string.IsNullOrWhiteSpace(comment) ? note : $"{note}: {comment}";
    }
}
