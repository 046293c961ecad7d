using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Deadlines;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Audit.Workflows.DeepDive.Stages;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Moderation;

public enum ModerationOutcome
{
    Agree,
    ChangeGrade,
    ReturnToAuditor,
}

public enum SectionDecisionKind
{
    Agree,
    Change,
    Missing,
}

/// <summary>The moderator's decision on one section: agree, change the grade (to which, why), or say what is missing.</summary>
public sealed record SectionDecision(int SectionId, SectionDecisionKind? Kind, Grade? Grade, string? Comment);

/// <summary>The moderator's decision: on each graded section, then on the audit as a whole.</summary>
public sealed record ModerateCommand(int AuditId, int Version, ModerationOutcome? Outcome, Grade? NewGrade, string? Rationale,
    IReadOnlyList<SectionDecision>? Sections = null) : IAuditCommand
{
    public AuditTrigger Trigger => Outcome switch
    {
        ModerationOutcome.ChangeGrade => AuditTrigger.ChangeGrade,
        ModerationOutcome.ReturnToAuditor => AuditTrigger.ReturnToAuditor,
        _ => AuditTrigger.AgreeGrade,
    };
}

/// <summary>
/// Moderation by section. Each graded section is agreed, changed (with the reason) or marked as missing something;
/// then the overall grade is agreed, changed, or the audit is returned to the auditor with what is missing. Every grade
/// change is kept as a row (who, which grade, from, to, why, when) linked to the history; the auditor is told.
/// </summary>
public sealed class ModerateAuditHandler(AuditDbContext db, ModerationRecords records, DeadlineScheduler deadlines, StageEntry stages, DeepDiveEmails emails)
    : IAuditCommandHandler<ModerateCommand>
{
    public async Task<CommandResult> HandleAsync(ModerateCommand command, AuditCommandContext context, CancellationToken cancellationToken)
    {
        var audit = context.Audit;
        var sections = await records.SectionsAsync(audit.Id, cancellationToken);
        var scale = ScalePolicy.ScaleOf(audit);
        var decisions = command.Sections ?? [];
        var errors = new CommandResult();
        var missing = new List<ModeratedSection>();
        foreach (var section in sections)
        {
            var index = decisions.ToList().FindIndex(d => d.SectionId == section.SectionId);
            var key = index < 0 ? string.Empty : $"Sections[{index}]";
            var decision = index < 0 ? null : decisions[index];
            var comment = Clean(decision?.Comment);
            switch (decision?.Kind)
            {
                case null:
                    errors.AddError(key.Length == 0 ? key : $"{key}.Decision", $"Select your decision for {section.Title}");
                    break;
                case SectionDecisionKind.Change when decision.Grade is not { } grade || grade == section.CurrentGrade:
                    errors.AddError($"{key}.Decision", $"Select a different grade for {section.Title}, or agree with it");
                    break;
                case SectionDecisionKind.Change when ScalePolicy.OffScale(scale, decision.Grade, audit.ToolKind, section.Title) is { } offScale:
                    errors.AddError($"{key}.Decision", offScale);
                    break;
                case SectionDecisionKind.Change when comment is null:
                    errors.AddError($"{key}.Comment", $"Enter why you changed the grade for {section.Title}");
                    break;
                case SectionDecisionKind.Missing when comment is null:
                    errors.AddError($"{key}.Comment", $"Enter what is missing from {section.Title}");
                    break;
            }

            if (comment is { Length: > Limits.LongText })
            {
                errors.AddError($"{key}.Comment", $"Your comment on {section.Title} must be {Limits.LongText:N0} characters or fewer");
            }

            if (decision?.Kind == SectionDecisionKind.Missing)
            {
                missing.Add(section);
            }
        }

        var rationale = Clean(command.Rationale);
        switch (command.Outcome)
        {
            case null:
                errors.AddError(nameof(command.Outcome), "Select your decision on the overall grade");
                break;
            case ModerationOutcome.ChangeGrade when command.NewGrade is null:
                errors.AddError(nameof(command.NewGrade), "Select the grade the audit should have");
                break;
            case ModerationOutcome.ChangeGrade when command.NewGrade == audit.FinalGrade:
                errors.AddError(nameof(command.Outcome), "Select a different grade, or choose to agree with the grade");
                break;
            case ModerationOutcome.ChangeGrade when context.Workflow.WhyNotGraded(command.NewGrade.Value, scale, audit.Actions.Count, atModeration: true) is { } problem:
                errors.AddError(nameof(command.NewGrade), problem);
                break;
            case not ModerationOutcome.ReturnToAuditor when missing.Count > 0:
                errors.AddError(nameof(command.Outcome),
                    $"You said something is missing from {string.Join(" and ", missing.Select(s => s.Title))}: return the audit to the auditor, or choose a grade for each section");
                break;
        }

        if (rationale is null)
        {
            errors.AddError(nameof(command.Rationale), command.Outcome == ModerationOutcome.ReturnToAuditor
                ? "Enter what the auditor needs to add or change"
                : "Enter the reasons for your decision");
        }
        else if (rationale.Length > Limits.LongText)
        {
            errors.AddError(nameof(command.Rationale), $"Reasons must be {Limits.LongText:N0} characters or fewer");
        }

        if (!errors.Succeeded)
        {
            return errors;
        }

        var gradeBefore = audit.FinalGrade;
        await deadlines.CompleteAsync(audit, context.Now, cancellationToken, DeadlineKind.ModerationDue);
        audit.ModeratorId = context.Actor.StaffId;
        audit.ModeratedAt = context.Now;
        audit.ModerationRationale = rationale;
        audit.ModerationTakenById = null;
        audit.ModerationTakenBy = null;
        audit.ModerationTakenAt = null;
        var returning = command.Outcome == ModerationOutcome.ReturnToAuditor;
        switch (command.Outcome)
        {
            case ModerationOutcome.ReturnToAuditor:
                context.Workflow.Fire(AuditTrigger.ReturnToAuditor);
                break;
            case ModerationOutcome.ChangeGrade:
                audit.FinalGrade = command.NewGrade;
                context.Workflow.ChangeGrade(command.NewGrade!.Value);
                break;
            default:
                context.Workflow.AgreeGrade();
                break;
        }

        var entry = context.History(rationale, gradeBefore, audit.FinalGrade);
        // The section rows are read (tracked) only when a section's grade changes.
        var responses = !returning && decisions.Any(d => d.Kind == SectionDecisionKind.Change)
            ? await db.SectionResponses.Where(r => r.CaseAuditId == audit.Id).ToDictionaryAsync(r => r.ToolSectionId, cancellationToken)
            : [];
        foreach (var section in sections)
        {
            var decision = decisions.First(d => d.SectionId == section.SectionId);
            var comment = Clean(decision.Comment);
            if (decision.Kind == SectionDecisionKind.Change && !returning)
            {
                responses[section.SectionId].ModeratedGrade = decision.Grade;
                db.GradeChanges.Add(Change(context, entry, section.SectionId, section.CurrentGrade, decision.Grade!.Value, comment!));
            }
            else if (comment is not null)
            {
                // On a return nothing changes yet: a suggested grade is advice for the auditor, with the rest of the notes.
                var text = decision.Kind == SectionDecisionKind.Change ? $"Suggested grade: {decision.Grade!.Value.Display()}. {comment}" : comment;
                db.SectionModerationNotes.Add(new SectionModerationNote
                {
                    CaseAuditId = audit.Id, ToolSectionId = section.SectionId, Text = text, AuthorId = context.Actor.StaffId, WrittenAt = context.Now, HistoryEntry = entry,
                    Kind = decision.Kind == SectionDecisionKind.Agree ? SectionNoteKind.Comment : SectionNoteKind.Missing,
                });
            }
        }

        if (command.Outcome == ModerationOutcome.ChangeGrade)
        {
            db.GradeChanges.Add(Change(context, entry, null, gradeBefore!.Value, command.NewGrade!.Value, rationale!));
        }

        if (!returning)
        {
            emails.Moderated(audit, await db.PersonAsync(audit.AuditorId, cancellationToken));
        }

        await stages.EnterAsync(context, cancellationToken);
        return CommandResult.Success;
    }

    private static GradeChange Change(AuditCommandContext context, AuditHistoryEntry entry, int? sectionId, Grade from, Grade to, string reason) => new()
    {
        CaseAuditId = context.Audit.Id,
        ToolSectionId = sectionId,
        FromGrade = from,
        ToGrade = to,
        Reason = reason,
        ChangedById = context.Actor.StaffId,
        ChangedAt = context.Now,
        HistoryEntry = entry,
    };

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
