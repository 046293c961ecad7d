using Audit.Data.Models;

namespace Audit.Workflows.Grading;

public enum TaskStatus
{
    NotStarted,
    InProgress,
    Completed,
    Optional,
}

/// <summary>One line of the auditor's task list.</summary>
public sealed record AuditTask(string Key, string Title, TaskStatus Status, string Href);

/// <summary>
/// The audit as the auditor fills it in: the tool's sections with their answers, the rest of the record, the themes
/// and actions, and what is still missing before it can be submitted.
/// </summary>
public sealed class AuditForm
{
    public required CaseAudit Audit { get; init; }
    public required IReadOnlyList<ToolSection> Sections { get; init; }
    public required IReadOnlyDictionary<int, SectionResponse> Responses { get; init; }
    public required AuditRecord Record { get; init; }
    public required IReadOnlyList<LearningTheme> ChosenThemes { get; init; }
    public required IReadOnlyList<AuditAction> Actions { get; init; }
    public string ToolName { get; init; } = string.Empty;
    public int ToolVersionNumber { get; init; }
    /// <summary>The tool version's scale: the grades the form offers.</summary>
    public GradeScale Scale { get; init; }

    public SectionResponse? ResponseFor(ToolSection section) => Responses.GetValueOrDefault(section.Id);

    /// <summary>The worst grade given to any section, ignoring "not applicable".</summary>
    public Grade? WorstSectionGrade => Responses.Values.Where(r => !r.NotApplicable && r.Grade is not null).Select(r => r.Grade).Max();

    /// <summary>
    /// True when the overall grade is two or more grades better than the worst section grade, or, against a
    /// standard, when the standard is met overall though a section did not meet it.
    /// </summary>
    public static bool NeedsDifferenceReason(Grade? overall, Grade? worstSection) =>
        overall is { } o && worstSection is { } w && o.Scale() == w.Scale()
        && (o.Scale() == GradeScale.MetNotMet ? o == Grade.Met && w == Grade.NotMet : (int)w - (int)o >= 2);

    public IReadOnlyList<AuditTask> Tasks()
    {
        var id = Audit.Id;
        var tasks = Sections.Select(s => new AuditTask($"section-{s.Id}", s.Title, SectionStatusOf(s), $"/audits/{id}/record/sections/{s.Id}")).ToList();
        tasks.Add(new AuditTask("feedback", "Child and family feedback", AuditFormRules.FeedbackStatus(Record), $"/audits/{id}/record/feedback"));
        tasks.Add(new AuditTask("discussion", "Discussion with the practitioner", AuditFormRules.DiscussionStatus(Record), $"/audits/{id}/record/discussion"));
        tasks.Add(new AuditTask("strengths", "Strengths, areas for development and themes", AuditFormRules.StrengthsStatus(Record), $"/audits/{id}/record/strengths"));
        tasks.Add(new AuditTask("actions", "Corrective actions", Actions.Count > 0 ? TaskStatus.Completed : TaskStatus.Optional, $"/audits/{id}/record/actions"));
        tasks.Add(new AuditTask("overall", "Overall grade", AuditFormRules.OverallStatus(Record, WorstSectionGrade), $"/audits/{id}/record/overall"));
        return tasks;
    }

    /// <summary>What must be done before submission, in the words of the error summary.</summary>
    public IReadOnlyList<string> Missing()
    {
        var missing = new List<string>();
        foreach (var section in Sections)
        {
            missing.AddRange(AuditFormRules.SectionProblems(section, ResponseFor(section)).Select(p => p.Message));
            // A grade given before the tool's scale changed (a supervision audit in progress) is given again.
            if (DeepDive.ScalePolicy.OffScale(Scale, ResponseFor(section)?.Grade, Audit.ToolKind, section.Title) is { } offScale)
            {
                missing.Add(offScale);
            }
        }

        missing.AddRange(AuditFormRules.FeedbackProblems(Record).Select(p => p.Message));
        missing.AddRange(AuditFormRules.DiscussionProblems(Record).Select(p => p.Message));
        missing.AddRange(AuditFormRules.StrengthsProblems(Record).Select(p => p.Message));
        missing.AddRange(AuditFormRules.OverallProblems(Record, WorstSectionGrade).Select(p => p.Message));
        if (DeepDive.ScalePolicy.OffScale(Scale, Record.OverallGrade, Audit.ToolKind) is { } overallOffScale)
        {
            missing.Add(overallOffScale);
        }

        return missing;
    }

    private TaskStatus SectionStatusOf(ToolSection section) => ResponseFor(section)?.Status switch
    {
        SectionStatus.Completed => TaskStatus.Completed,
        SectionStatus.InProgress => TaskStatus.InProgress,
        _ => TaskStatus.NotStarted,
    };
}
