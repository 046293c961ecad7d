using Audit.Data;
using Audit.Data.Models;

namespace Audit.Workflows.Grading;

public sealed record FormProblem(string Field, string Message);

/// <summary>
/// What a complete answer is, for each part of the audit form, with the GOV.UK messages for what is missing. Used
/// both when a step is saved with "Save and continue" and when the whole audit is submitted.
/// </summary>
public static class AuditFormRules
{
    public static IReadOnlyList<FormProblem> SectionProblems(ToolSection section, SectionResponse? response)
    {
        var problems = new List<FormProblem>();
        var notApplicable = response?.NotApplicable == true && section.AllowNotApplicable;
        if (section.IsGraded && response?.Grade is null && !notApplicable)
        {
            problems.Add(new("Grade", $"Select a grade for {section.Title}"));
        }

        if (section.EvidenceRequired && !notApplicable && string.IsNullOrWhiteSpace(response?.Evidence))
        {
            problems.Add(new("Evidence", section.IsGraded ? $"Enter the evidence for the grade for {section.Title}" : $"Enter your notes for {section.Title}"));
        }

        return problems;
    }

    public static IReadOnlyList<FormProblem> FeedbackProblems(AuditRecord record)
    {
        var problems = new List<FormProblem>();
        switch (record.FeedbackSought)
        {
            case null:
                problems.Add(new("Sought", "Select whether feedback was sought from the child and family"));
                break;
            case true:
                if (string.IsNullOrWhiteSpace(record.FeedbackSoughtFrom))
                {
                    problems.Add(new("SoughtFrom", "Enter who feedback was sought from"));
                }

                if (record.FeedbackObtained is null)
                {
                    problems.Add(new("Obtained", "Select whether feedback was obtained"));
                }
                else if (record.FeedbackObtained == true && string.IsNullOrWhiteSpace(record.FeedbackSummary))
                {
                    problems.Add(new("Summary", "Enter what the child and family said"));
                }
                else if (record.FeedbackObtained == false && string.IsNullOrWhiteSpace(record.FeedbackNotObtainedReason))
                {
                    problems.Add(new("NotObtainedReason", "Enter why feedback was not obtained"));
                }

                break;
            case false:
                if (string.IsNullOrWhiteSpace(record.FeedbackNotObtainedReason))
                {
                    problems.Add(new("NotObtainedReason", "Enter why feedback was not sought"));
                }

                break;
        }

        return problems;
    }

    public static IReadOnlyList<FormProblem> DiscussionProblems(AuditRecord record)
    {
        var problems = new List<FormProblem>();
        switch (record.DiscussionHeld)
        {
            case null:
                problems.Add(new("Held", "Select whether you discussed the audit with the practitioner"));
                break;
            case true:
                if (record.DiscussionDate is null)
                {
                    problems.Add(new("Date", "Enter the date of the discussion"));
                }

                if (string.IsNullOrWhiteSpace(record.PractitionerView))
                {
                    problems.Add(new("PractitionerView", "Enter the practitioner's view"));
                }

                break;
            case false:
                if (string.IsNullOrWhiteSpace(record.DiscussionNotHeldReason))
                {
                    problems.Add(new("NotHeldReason", "Enter why the discussion did not happen"));
                }

                break;
        }

        return problems;
    }

    public static IReadOnlyList<FormProblem> StrengthsProblems(AuditRecord record)
    {
        var problems = new List<FormProblem>();
        if (string.IsNullOrWhiteSpace(record.Strengths))
        {
            problems.Add(new("Strengths", "Enter the strengths of the practice"));
        }

        if (string.IsNullOrWhiteSpace(record.AreasForDevelopment))
        {
            problems.Add(new("AreasForDevelopment", "Enter the areas for development"));
        }

        return problems;
    }

    public static IReadOnlyList<FormProblem> OverallProblems(AuditRecord record, Grade? worstSection)
    {
        var problems = new List<FormProblem>();
        if (record.OverallGrade is null)
        {
            problems.Add(new("Grade", "Select an overall grade"));
        }

        if (string.IsNullOrWhiteSpace(record.OverallRationale))
        {
            problems.Add(new("Rationale", "Enter the reasons for the overall grade"));
        }

        if (AuditForm.NeedsDifferenceReason(record.OverallGrade, worstSection) && string.IsNullOrWhiteSpace(record.GradeDifferenceReason))
        {
            problems.Add(new("DifferenceReason", worstSection == Grade.NotMet
                ? "You judged that the standard was met, but a section did not meet it. Enter why, to confirm it"
                : $"Your overall grade is two or more grades better than your lowest section grade ({worstSection!.Value.Display()}). Enter why, to confirm it"));
        }

        return problems;
    }

    public static TaskStatus FeedbackStatus(AuditRecord record) =>
        Status(record.FeedbackSought is not null || record.FeedbackSoughtFrom is not null, FeedbackProblems(record).Count == 0);

    public static TaskStatus DiscussionStatus(AuditRecord record) =>
        Status(record.DiscussionHeld is not null || record.PractitionerView is not null, DiscussionProblems(record).Count == 0);

    public static TaskStatus StrengthsStatus(AuditRecord record) =>
        Status(record.Strengths is not null || record.AreasForDevelopment is not null, StrengthsProblems(record).Count == 0);

    public static TaskStatus OverallStatus(AuditRecord record, Grade? worstSection) =>
        Status(record.OverallGrade is not null || record.OverallRationale is not null, OverallProblems(record, worstSection).Count == 0);

    /// <summary>Length limits apply to drafts too: nothing is saved that the database would refuse.</summary>
    public static IEnumerable<FormProblem> TooLong(params (string Field, string Label, string? Value, int Limit)[] fields) =>
        fields.Where(f => f.Value is { } v && v.Length > f.Limit)
            .Select(f => new FormProblem(f.Field, $"{f.Label} must be {f.Limit:N0} characters or fewer"));

    private static TaskStatus Status(bool started, bool complete) =>
        complete ? TaskStatus.Completed : started ? TaskStatus.InProgress : TaskStatus.NotStarted;

    public static int LongText => Limits.LongText;
    public static int ShortText => Limits.ShortText;
}
