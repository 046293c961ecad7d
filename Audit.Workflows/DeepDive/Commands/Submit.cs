using System.Security.Cryptography;
using Audit.Workflows.Tools;
using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Deadlines;
using Audit.Workflows.DeepDive.Stages;
using Audit.Workflows.Moderation;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.DeepDive.Commands;

public sealed record SubmitCommand(int AuditId, int Version, Grade? OverallGrade, string? Rationale, bool ImmediateResponseRaised = false) : IAuditCommand
{
    public AuditTrigger Trigger => AuditTrigger.Submit;
}

/// <summary>
/// The auditor submits (or resubmits) the audit with their overall grade; the moderation policy decides whether it is
/// moderated. A resubmission after a return is always moderated again, and goes back to the moderator who returned
/// it when they still can moderate it.
/// </summary>
public sealed class SubmitHandler(AuditDbContext db, DeadlineScheduler deadlines, StageEntry stages, ModerationAssignment assignment)
    : IAuditCommandHandler<SubmitCommand>
{
    public async Task<CommandResult> HandleAsync(SubmitCommand command, AuditCommandContext context, CancellationToken cancellationToken)
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

        var audit = context.Audit;
        if (command.OverallGrade is { } given)
        {
            var scale = ScalePolicy.ScaleOf(audit);
            if (context.Workflow.WhyNotGraded(given, scale, audit.Actions.Count) is { } problem)
            {
                errors.AddError(nameof(command.OverallGrade), problem);
            }
        }

        if (!errors.Succeeded)
        {
            return errors;
        }

        var grade = command.OverallGrade!.Value;
        var returned = audit.State == AuditState.ReturnedToAuditor;
        // One draw per audit, recorded whatever the grade: a resubmission reuses it, and any decision can be checked.
        audit.ModerationSampleSeed ??= RandomNumberGenerator.GetInt32(int.MaxValue);
        var decision = context.Policy.Decide(grade, command.ImmediateResponseRaised || audit.ImmediateResponseRaised, audit.ModerationSampleSeed.Value, returned);

        var gradeBefore = audit.FinalGrade;
        audit.AuditorGrade = grade;
        audit.FinalGrade = grade;
        audit.AuditorRationale = command.Rationale!.Trim();
        audit.ImmediateResponseRaised |= command.ImmediateResponseRaised;
        audit.SubmittedAt = context.Now;
        audit.GradeConfirmedAt = null;
        audit.ModerationRequired = decision.ModerationRequired;
        audit.ModerationReason = decision.Reason;
        // The auditor's grades are theirs again; the next moderation decides afresh.
        foreach (var response in await db.SectionResponses.Where(r => r.CaseAuditId == audit.Id && r.ModeratedGrade != null).ToListAsync(cancellationToken))
        {
            response.ModeratedGrade = null;
        }

        context.Workflow.Submit(decision);
        context.History(decision.Reason, gradeBefore, grade);
        await deadlines.CompleteAsync(audit, context.Now, cancellationToken, DeadlineKind.AuditDue);
        var backWith = returned && await assignment.GiveBackAsync(audit, audit.ModeratorId, context.Now, cancellationToken);
        await stages.EnterAsync(context, cancellationToken,
            backWith ? $"The auditor has resubmitted {audit.ToolKind.Wording()} {audit.Reference}, which you returned for more evidence." : null);
        return CommandResult.Success;
    }
}
