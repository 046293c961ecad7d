using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Grading;

/// <summary>
/// The auditor's form: every step is saved on the server as it is completed (or as a draft), so nothing typed is
/// lost; submission checks everything is complete and hands the audit to the workflow, which decides moderation.
/// Who may change the form, and when, is the workflow's rule (<see cref="AuditTrigger.RecordAnswers"/>): the allocated
/// auditor, while the audit is in progress or returned to them.
/// </summary>
public sealed class AuditFormService(AuditDbContext db, AuditAccess access, AuditCommands commands, DeepDiveWorkflows workflows, TimeProvider clock)
{
    public const string ConflictMessage = AuditCommands.ConflictMessage;

    /// <summary>The form for an audit this person may see and whose findings they may read now, or null.</summary>
    public async Task<AuditForm?> LoadAsync(int auditId, string staffId, CancellationToken cancellationToken = default)
    {
        var audit = await access.FindWithFindingsAsync(auditId, staffId, cancellationToken);
        if (audit is null)
        {
            return null;
        }

        var version = audit.ToolVersionId is { } versionId
            ? await db.AuditToolVersions.AsNoTracking().Include(v => v.Tool).Include(v => v.Sections).FirstOrDefaultAsync(v => v.Id == versionId, cancellationToken)
            : null;
        var responses = await db.SectionResponses.AsNoTracking().Where(r => r.CaseAuditId == auditId).ToListAsync(cancellationToken);
        var record = await db.AuditRecords.AsNoTracking().FirstOrDefaultAsync(r => r.CaseAuditId == auditId, cancellationToken)
            ?? new AuditRecord { CaseAuditId = auditId };
        var themes = await db.AuditThemes.AsNoTracking().Where(t => t.CaseAuditId == auditId).Select(t => t.Theme!).OrderBy(t => t.Name).ToListAsync(cancellationToken);
        var actions = await db.AuditActions.AsNoTracking().Include(a => a.Owner).Where(a => a.CaseAuditId == auditId).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return new AuditForm
        {
            Audit = audit,
            Sections = version?.Sections.OrderBy(s => s.Position).ToList() ?? [],
            Responses = responses.ToDictionary(r => r.ToolSectionId),
            Record = record,
            ChosenThemes = themes,
            Actions = actions,
            ToolName = version?.Tool?.Name ?? string.Empty,
            ToolVersionNumber = version?.Number ?? 0,
            Scale = version?.Scale ?? GradeScale.Ofsted,
        };
    }

    /// <summary>Why this person cannot change the form now (the workflow's reason), or null when they can.</summary>
    public async Task<string?> WhyNotEditableAsync(CaseAudit audit, string staffId, CancellationToken cancellationToken = default) =>
        (await workflows.CheckAsync(audit, staffId, AuditTrigger.RecordAnswers, cancellationToken)).Reason;

    public Task<CommandResult> SaveSectionAsync(SaveSectionCommand command, string staffId, CancellationToken cancellationToken = default) =>
        EditAsync(command.AuditId, command.Version, staffId, cancellationToken, async (audit, now) =>
        {
            var section = await db.ToolSections.AsNoTracking().FirstOrDefaultAsync(s => s.Id == command.SectionId && s.AuditToolVersionId == audit.ToolVersionId, cancellationToken);
            if (section is null)
            {
                return CommandResult.Failure(string.Empty, "This section is not part of the audit's tool");
            }

            var notApplicable = command.NotApplicable && section.AllowNotApplicable;
            var candidate = new SectionResponse
            {
                Grade = section.IsGraded && !notApplicable ? command.Grade : null,
                NotApplicable = notApplicable,
                Evidence = Clean(command.Evidence),
            };
            var problems = AuditFormRules.TooLong(("Evidence", "Evidence", candidate.Evidence, Limits.LongText)).ToList();
            if (ScalePolicy.OffScale(ScalePolicy.ScaleOf(audit), candidate.Grade, audit.ToolKind, section.Title) is { } offScale)
            {
                problems.Add(new FormProblem("Grade", offScale));
            }
            if (command.Mode == SaveMode.Complete)
            {
                problems.AddRange(AuditFormRules.SectionProblems(section, candidate));
            }

            if (problems.Count > 0)
            {
                return ToResult(problems);
            }

            var response = await db.SectionResponses.FirstOrDefaultAsync(r => r.CaseAuditId == audit.Id && r.ToolSectionId == section.Id, cancellationToken);
            if (response is null)
            {
                response = new SectionResponse { CaseAuditId = audit.Id, ToolSectionId = section.Id };
                db.SectionResponses.Add(response);
            }

            response.Grade = candidate.Grade;
            response.NotApplicable = candidate.NotApplicable;
            response.Evidence = candidate.Evidence;
            response.Status = command.Mode == SaveMode.Complete ? SectionStatus.Completed : SectionStatus.InProgress;
            response.UpdatedAt = now;
            return CommandResult.Success;
        });

    public Task<CommandResult> SaveFeedbackAsync(SaveFeedbackCommand command, string staffId, CancellationToken cancellationToken = default) =>
        EditRecordAsync(command.AuditId, command.Version, staffId, command.Mode, cancellationToken, record =>
        {
            record.FeedbackSought = command.Sought;
            record.FeedbackSoughtFrom = command.Sought == true ? Clean(command.SoughtFrom) : null;
            record.FeedbackObtained = command.Sought == true ? command.Obtained : null;
            record.FeedbackSummary = command.Sought == true && command.Obtained == true ? Clean(command.Summary) : null;
            record.FeedbackNotObtainedReason = command.Sought == false || command.Obtained == false ? Clean(command.NotObtainedReason) : null;
            return AuditFormRules.TooLong(
                ("SoughtFrom", "Who feedback was sought from", record.FeedbackSoughtFrom, Limits.ShortText),
                ("Summary", "What the child and family said", record.FeedbackSummary, Limits.LongText),
                ("NotObtainedReason", "The reason", record.FeedbackNotObtainedReason, Limits.ShortText));
        }, AuditFormRules.FeedbackProblems);

    public Task<CommandResult> SaveDiscussionAsync(SaveDiscussionCommand command, string staffId, CancellationToken cancellationToken = default) =>
        EditRecordAsync(command.AuditId, command.Version, staffId, command.Mode, cancellationToken, record =>
        {
            record.DiscussionHeld = command.Held;
            record.DiscussionDate = command.Held == true ? command.Date : null;
            record.PractitionerView = command.Held == true ? Clean(command.PractitionerView) : null;
            record.DiscussionNotHeldReason = command.Held == false ? Clean(command.NotHeldReason) : null;
            var problems = AuditFormRules.TooLong(
                ("PractitionerView", "The practitioner's view", record.PractitionerView, Limits.LongText),
                ("NotHeldReason", "The reason", record.DiscussionNotHeldReason, Limits.ShortText)).ToList();
            if (record.DiscussionDate is { } date && date > UkTime.Today(clock))
            {
                problems.Add(new FormProblem("Date", "The date of the discussion must be today or in the past"));
            }

            return problems;
        }, AuditFormRules.DiscussionProblems);

    public Task<CommandResult> SaveStrengthsAsync(SaveStrengthsCommand command, string staffId, CancellationToken cancellationToken = default) =>
        EditAsync(command.AuditId, command.Version, staffId, cancellationToken, async (audit, now) =>
        {
            var record = await RecordAsync(audit.Id, cancellationToken);
            record.Strengths = Clean(command.Strengths);
            record.AreasForDevelopment = Clean(command.AreasForDevelopment);
            record.UpdatedAt = now;
            var problems = AuditFormRules.TooLong(
                ("Strengths", "Strengths", record.Strengths, Limits.LongText),
                ("AreasForDevelopment", "Areas for development", record.AreasForDevelopment, Limits.LongText)).ToList();
            var chosen = command.ThemeIds.Distinct().ToList();
            var active = await db.LearningThemes.Where(t => chosen.Contains(t.Id) && t.IsActive).Select(t => t.Id).ToListAsync(cancellationToken);
            var current = await db.AuditThemes.Where(t => t.CaseAuditId == audit.Id).ToListAsync(cancellationToken);
            // A theme retired since it was chosen stays on this audit; only active themes can be newly chosen.
            if (chosen.Except(active).Except(current.Select(c => c.LearningThemeId)).Any())
            {
                problems.Add(new FormProblem("ThemeIds", "Select themes from the list"));
            }

            if (command.Mode == SaveMode.Complete)
            {
                problems.AddRange(AuditFormRules.StrengthsProblems(record));
            }

            if (problems.Count > 0)
            {
                return ToResult(problems);
            }

            db.AuditThemes.RemoveRange(current.Where(c => !chosen.Contains(c.LearningThemeId)));
            db.AuditThemes.AddRange(chosen.Where(id => current.All(c => c.LearningThemeId != id)).Select(id => new AuditTheme { CaseAuditId = audit.Id, LearningThemeId = id }));
            return CommandResult.Success;
        });

    public Task<CommandResult> SaveOverallAsync(SaveOverallCommand command, string staffId, CancellationToken cancellationToken = default) =>
        EditAsync(command.AuditId, command.Version, staffId, cancellationToken, async (audit, now) =>
        {
            var record = await RecordAsync(audit.Id, cancellationToken);
            record.OverallGrade = command.Grade;
            record.OverallRationale = Clean(command.Rationale);
            var worst = await WorstSectionGradeAsync(audit.Id, cancellationToken);
            record.GradeDifferenceReason = AuditForm.NeedsDifferenceReason(command.Grade, worst) ? Clean(command.DifferenceReason) : null;
            record.UpdatedAt = now;
            var problems = AuditFormRules.TooLong(
                ("Rationale", "Reasons", record.OverallRationale, Limits.LongText),
                ("DifferenceReason", "Reason", record.GradeDifferenceReason, Limits.ShortText)).ToList();
            if (ScalePolicy.OffScale(ScalePolicy.ScaleOf(audit), command.Grade, audit.ToolKind) is { } offScale)
            {
                problems.Add(new FormProblem("Grade", offScale));
            }

            if (command.Mode == SaveMode.Complete)
            {
                problems.AddRange(AuditFormRules.OverallProblems(record, worst));
            }

            return problems.Count > 0 ? ToResult(problems) : CommandResult.Success;
        });

    public Task<CommandResult> SaveActionAsync(SaveActionCommand command, string staffId, CancellationToken cancellationToken = default) =>
        SaveActionAsync(command, staffId, CommandResult.Success, cancellationToken);

    /// <summary>Saves an action, reporting what the form could not read (<paramref name="formErrors"/>) with every other problem.</summary>
    public Task<CommandResult> SaveActionAsync(SaveActionCommand command, string staffId, CommandResult formErrors, CancellationToken cancellationToken = default) =>
        EditAsync(command.AuditId, command.Version, staffId, cancellationToken, async (audit, now) =>
        {
            var problems = new List<FormProblem>();
            var description = Clean(command.Description);
            if (description is null)
            {
                problems.Add(new("Description", "Enter what needs to be done"));
            }
            else if (description.Length > Limits.ShortText)
            {
                problems.Add(new("Description", $"The action must be {Limits.ShortText:N0} characters or fewer"));
            }

            if (command.For is null)
            {
                problems.Add(new("For", "Select who the action is for"));
            }

            if (!await new Actions.ActionOwners(db).MayOwnAsync(audit.Id, command.OwnerId, cancellationToken))
            {
                problems.Add(new("OwnerId", "Select who owns the action"));
            }

            if (command.DueDate is null)
            {
                problems.Add(new("DueDate", "Enter the date the action is due"));
            }
            else if (command.DueDate <= UkTime.Today(clock))
            {
                problems.Add(new("DueDate", "Enter a due date in the future"));
            }
            else if (command.DueDate > DateBounds.LatestDueDate(UkTime.Today(clock)))
            {
                problems.Add(new("DueDate", DateBounds.TooFarAhead(UkTime.Today(clock))));
            }

            if (problems.Count > 0 || !formErrors.Succeeded)
            {
                return CommandResult.WithFormErrors(formErrors, ToResult(problems));
            }

            AuditAction? action;
            if (command.ActionId is { } actionId)
            {
                action = await db.AuditActions.FirstOrDefaultAsync(a => a.Id == actionId && a.CaseAuditId == audit.Id, cancellationToken);
                if (action is null)
                {
                    return CommandResult.Failure(string.Empty, "The action could not be found");
                }
            }
            else
            {
                action = new AuditAction { CaseAuditId = audit.Id, Description = description!, OwnerId = command.OwnerId!, CreatedAt = now };
                db.AuditActions.Add(action);
            }

            action.Description = description!;
            action.For = command.For!.Value;
            action.OwnerId = command.OwnerId!;
            action.DueDate = command.DueDate!.Value;
            return CommandResult.Success;
        });

    public Task<CommandResult> RemoveActionAsync(int auditId, int actionId, int version, string staffId, CancellationToken cancellationToken = default) =>
        EditAsync(auditId, version, staffId, cancellationToken, async (audit, _) =>
        {
            var action = await db.AuditActions.FirstOrDefaultAsync(a => a.Id == actionId && a.CaseAuditId == audit.Id, cancellationToken);
            if (action is null)
            {
                return CommandResult.Failure(string.Empty, "The action could not be found");
            }

            db.AuditActions.Remove(action);
            return CommandResult.Success;
        });

    /// <summary>
    /// Submits the audit: refused with the list of what is missing, otherwise the workflow takes it (and decides
    /// whether it is moderated).
    /// </summary>
    public async Task<CommandResult> SubmitAsync(int auditId, int version, string staffId, CancellationToken cancellationToken = default)
    {
        var form = await LoadAsync(auditId, staffId, cancellationToken);
        if (form is null)
        {
            return CommandResult.Failure(string.Empty, "The audit could not be found");
        }

        if (await WhyNotEditableAsync(form.Audit, staffId, cancellationToken) is { } reason)
        {
            return CommandResult.Failure(string.Empty, reason);
        }

        var missing = form.Missing();
        if (missing.Count > 0)
        {
            var result = new CommandResult();
            foreach (var message in missing)
            {
                result.AddError(string.Empty, message);
            }

            return result;
        }

        var raised = await db.ImmediateResponses.AnyAsync(r => r.CaseAuditId == auditId, cancellationToken);
        return await commands.SendAsync(new SubmitCommand(auditId, version, form.Record.OverallGrade, form.Record.OverallRationale, raised), staffId, cancellationToken);
    }

    private Task<CommandResult> EditRecordAsync(int auditId, int version, string staffId, SaveMode mode, CancellationToken cancellationToken,
        Func<AuditRecord, IEnumerable<FormProblem>> apply, Func<AuditRecord, IReadOnlyList<FormProblem>> completeness) =>
        EditAsync(auditId, version, staffId, cancellationToken, async (audit, now) =>
        {
            var record = await RecordAsync(audit.Id, cancellationToken);
            var problems = apply(record).ToList();
            record.UpdatedAt = now;
            if (mode == SaveMode.Complete)
            {
                problems.AddRange(completeness(record));
            }

            return problems.Count > 0 ? ToResult(problems) : CommandResult.Success;
        });

    /// <summary>One save: checks who and when, applies the change, moves the audit's version, all or nothing.</summary>
    private async Task<CommandResult> EditAsync(int auditId, int version, string staffId, CancellationToken cancellationToken,
        Func<CaseAudit, DateTimeOffset, Task<CommandResult>> apply)
    {
        // With its tool version: the grading scale a save is checked against.
        var audit = await db.CaseAudits.Include(a => a.ToolVersion).FirstOrDefaultAsync(a => a.Id == auditId, cancellationToken);
        var visible = await access.FindVisibleAsync(auditId, staffId, cancellationToken: cancellationToken);
        if (audit is null || visible is null)
        {
            return CommandResult.Failure(string.Empty, "The audit could not be found");
        }

        if (await WhyNotEditableAsync(visible, staffId, cancellationToken) is { } reason)
        {
            return CommandResult.Failure(string.Empty, reason);
        }

        if (audit.Version != version)
        {
            return CommandResult.Conflict(ConflictMessage);
        }

        db.Entry(audit).Property(a => a.Version).OriginalValue = version;
        var result = await apply(audit, clock.GetUtcNow());
        if (!result.Succeeded)
        {
            db.ChangeTracker.Clear();
            return result;
        }

        db.Entry(audit).State = EntityState.Modified;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return CommandResult.Success;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return CommandResult.Conflict(ConflictMessage);
        }
    }

    private async Task<AuditRecord> RecordAsync(int auditId, CancellationToken cancellationToken)
    {
        var record = await db.AuditRecords.FirstOrDefaultAsync(r => r.CaseAuditId == auditId, cancellationToken);
        if (record is null)
        {
            record = new AuditRecord { CaseAuditId = auditId };
            db.AuditRecords.Add(record);
        }

        return record;
    }

    private async Task<Grade?> WorstSectionGradeAsync(int auditId, CancellationToken cancellationToken) =>
        (await db.SectionResponses.Where(r => r.CaseAuditId == auditId && !r.NotApplicable && r.Grade != null)
            .Select(r => r.Grade).ToListAsync(cancellationToken)).Max();

    private static CommandResult ToResult(IEnumerable<FormProblem> problems)
    {
        var result = new CommandResult();
        foreach (var problem in problems)
        {
            result.AddError(problem.Field, problem.Message);
        }

        return result;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
