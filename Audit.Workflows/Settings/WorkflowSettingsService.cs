using System.Globalization;
using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.Settings;

/// <summary>
/// Reads and changes the QA lead's moderation and deadline policy. Changes apply to deadlines set from then on;
/// deadlines already set keep their dates. Two QA leads editing at once: the second is told, and nothing is lost.
/// </summary>
public sealed class WorkflowSettingsService(AuditDbContext db)
{
    public const string ConflictMessage = "These settings were changed by someone else — review and try again";

    /// <summary>Working-day periods: at least a day, at most about three months.</summary>
    public const int MaxWorkingDays = 60;
    public const int MaxReminderLeadWorkingDays = 10;

    public async Task<WorkflowSettings> GetAsync(CancellationToken cancellationToken = default) =>
        await db.CurrentWorkflowSettingsAsync(cancellationToken);

    public async Task<CommandResult> UpdateAsync(UpdateWorkflowSettingsCommand command, string actorId, CancellationToken cancellationToken = default)
    {
        if (!await IsQaLeadAsync(db, actorId, cancellationToken))
        {
            return CommandResult.Failure(string.Empty, "Only a QA lead can change these settings");
        }

        var errors = new CommandResult();
        var workingDaysMessage = $"Enter a whole number of working days between 1 and {MaxWorkingDays}";
        var inadequate = WholeNumber(errors, nameof(command.InadequateModerationWorkingDays), command.InadequateModerationWorkingDays, 1, MaxWorkingDays, workingDaysMessage);
        var goodOrOutstanding = WholeNumber(errors, nameof(command.GoodOrOutstandingModerationWorkingDays), command.GoodOrOutstandingModerationWorkingDays, 1, MaxWorkingDays, workingDaysMessage);
        var requiresImprovement = WholeNumber(errors, nameof(command.RequiresImprovementModerationWorkingDays), command.RequiresImprovementModerationWorkingDays, 1, MaxWorkingDays, workingDaysMessage);
        var samplePercent = WholeNumber(errors, nameof(command.RequiresImprovementSamplePercent), command.RequiresImprovementSamplePercent, 0, 100,
            "Enter a whole number percentage between 0 and 100");
        var conversation = WholeNumber(errors, nameof(command.ReflectiveConversationWorkingDays), command.ReflectiveConversationWorkingDays, 1, MaxWorkingDays, workingDaysMessage);
        var audit = WholeNumber(errors, nameof(command.DefaultAuditWorkingDays), command.DefaultAuditWorkingDays, 1, MaxWorkingDays, workingDaysMessage);
        var returned = WholeNumber(errors, nameof(command.ReturnedAuditWorkingDays), command.ReturnedAuditWorkingDays, 1, MaxWorkingDays, workingDaysMessage);
        var reminderLead = WholeNumber(errors, nameof(command.ReminderLeadWorkingDays), command.ReminderLeadWorkingDays, 0, MaxReminderLeadWorkingDays,
            $"Enter a whole number of working days between 0 and {MaxReminderLeadWorkingDays}");
        if (command.EscalateToQaLead is null)
        {
            errors.AddError(nameof(command.EscalateToQaLead), "Select yes if overdue work should also be escalated to QA leads");
        }

        var pattern = string.IsNullOrWhiteSpace(command.CaseReferencePattern) ? null : command.CaseReferencePattern.Trim();
        if (pattern is not null)
        {
            if (pattern.Length > Limits.CaseReferencePattern)
            {
                errors.AddError(nameof(command.CaseReferencePattern), $"Reference format must be {Limits.CaseReferencePattern} characters or fewer");
            }
            else if (!Allocation.CaseReferenceFormat.TryCompile(pattern, out _, out var problem))
            {
                errors.AddError(nameof(command.CaseReferencePattern), problem!);
            }
        }

        if (!errors.Succeeded)
        {
            return errors;
        }

        var settings = await db.WorkflowSettings.SingleOrDefaultAsync(s => s.Id == WorkflowSettings.SingletonId, cancellationToken);
        if (settings is null)
        {
            settings = new WorkflowSettings();
            db.WorkflowSettings.Add(settings);
        }
        else if (settings.Version != command.Version)
        {
            return CommandResult.Conflict(ConflictMessage);
        }
        else
        {
            db.Entry(settings).Property(s => s.Version).OriginalValue = command.Version;
        }

        settings.InadequateModerationWorkingDays = inadequate!.Value;
        settings.GoodOrOutstandingModerationWorkingDays = goodOrOutstanding!.Value;
        settings.RequiresImprovementModerationWorkingDays = requiresImprovement!.Value;
        settings.RequiresImprovementSamplePercent = samplePercent!.Value;
        settings.ReflectiveConversationWorkingDays = conversation!.Value;
        settings.DefaultAuditWorkingDays = audit!.Value;
        settings.ReminderLeadWorkingDays = reminderLead!.Value;
        settings.EscalateToQaLead = command.EscalateToQaLead!.Value;
        settings.ReturnedAuditWorkingDays = returned!.Value;
        settings.CaseReferencePattern = pattern;
        var grades = command.AssistantDirectorGrades;
        settings.AssistantDirectorForOutstanding = grades.Contains(Grade.Outstanding);
        settings.AssistantDirectorForGood = grades.Contains(Grade.Good);
        settings.AssistantDirectorForRequiresImprovement = grades.Contains(Grade.RequiresImprovement);
        settings.AssistantDirectorForInadequate = grades.Contains(Grade.Inadequate);
        // Saved even when nothing changed, so the version moves and a second, stale edit is caught.
        if (db.Entry(settings).State == EntityState.Unchanged)
        {
            db.Entry(settings).State = EntityState.Modified;
        }

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

    internal static Task<bool> IsQaLeadAsync(AuditDbContext db, string actorId, CancellationToken cancellationToken) =>
        db.UserRoles.AnyAsync(ur => ur.UserId == actorId && ur.RoleId == Roles.IdOf(Roles.QaLead), cancellationToken);

    private static int? WholeNumber(CommandResult errors, string field, string? typed, int min, int max, string message)
    {
        if (int.TryParse(typed?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors.AddError(field, message);
        return null;
    }
}
