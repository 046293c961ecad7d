using System.ComponentModel.DataAnnotations;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Audit.Workflows.Moderation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Audits.DeepDive;

/// <summary>
/// Moderation by section: each graded section's answer beside the moderator's decision on it, then the decision on the
/// audit. Every choice is a plain radio (no revealed questions), so the page reads the same to everyone.
/// </summary>
public sealed class ModerateModel(AuditAccess access, AuditOverviews records, AuditCommands commands, ModerationRecords moderation)
    : AuditStepPageModel(access, records)
{
    public const string AgreeValue = "Agree";
    public const string MissingValue = "Missing";
    public const string ReturnValue = "Return";

    [BindProperty]
    public ModerateInput Input { get; set; } = new();

    public IReadOnlyList<ModeratedSection> Sections { get; private set; } = [];

    /// <summary>The tool's scale: the grades a moderator may change to.</summary>
    public GradeScale Scale { get; private set; }

    /// <summary>The assistant director's comment, when they sent the audit back to moderation.</summary>
    public string? SentBackComment { get; private set; }

    // Agreeing, changing and returning are three triggers of one decision; agreeing stands for all three when asking
    // whether the person may moderate (the workflow guards them identically).
    public override AuditTrigger Trigger => AuditTrigger.AgreeGrade;

    public override string Heading => "Moderate the audit";

    public override string SubmitText => "Save decision";

    public override bool FullWidth => true;

    protected override string SuccessText => Outcome() switch
    {
        (ModerationOutcome.ReturnToAuditor, _) => "You have returned the audit to the auditor",
        (ModerationOutcome.ChangeGrade, var grade) => $"You have changed the grade to {grade?.Display()}",
        _ => "You have agreed the grade",
    };

    /// <summary>Agree with the section's grade, change it to another, or say something is missing.</summary>
    public IReadOnlyList<SelectListItem> SectionChoices(ModeratedSection section) =>
    [
        new($"Agree: {section.CurrentGrade.Display()}", AgreeValue),
        .. Scale.Grades().Where(g => g != section.CurrentGrade).Select(g => new SelectListItem($"Change to {g.Display()}", g.ToString())),
        new("Something is missing: the auditor needs to add evidence", MissingValue),
    ];

    public IReadOnlyList<SelectListItem> OutcomeChoices() =>
    [
        new($"Agree the overall grade: {Audit.FinalGrade?.Display()}", AgreeValue),
        .. Scale.Grades().Where(g => g != Audit.FinalGrade).Select(g => new SelectListItem($"Change the overall grade to {g.Display()}", g.ToString())),
        new("Return the audit to the auditor for more evidence", ReturnValue),
    ];

    protected override async Task PrepareFormAsync(bool firstView)
    {
        Sections = await moderation.SectionsAsync(Id, HttpContext.RequestAborted);
        Scale = ScalePolicy.ScaleOf(Audit);
        SentBackComment = await moderation.SentBackCommentAsync(Id, HttpContext.RequestAborted);
        // The section ids travel with the form, so each decision stays with its section whatever was posted.
        Input.Sections = Sections.Select(s => Input.Sections.FirstOrDefault(i => i.SectionId == s.SectionId) ?? new SectionInput { SectionId = s.SectionId }).ToList();
    }

    protected override async Task<CommandResult?> ExecuteAsync()
    {
        var (outcome, grade) = Outcome();
        var decisions = Input.Sections.Select(s => new SectionDecision(s.SectionId, s.Decision switch
            {
                AgreeValue => SectionDecisionKind.Agree,
                MissingValue => SectionDecisionKind.Missing,
                _ when Enum.TryParse<Grade>(s.Decision, out var g) && Enum.IsDefined(g) => SectionDecisionKind.Change,
                _ => null,
            }, Enum.TryParse<Grade>(s.Decision, out var changed) && Enum.IsDefined(changed) ? changed : null, s.Comment)).ToList();
        return await commands.SendAsync(new ModerateCommand(Id, Version, outcome, grade, Input.Rationale, decisions), CurrentStaffId);
    }

    private (ModerationOutcome? Outcome, Grade? Grade) Outcome() => Input.Outcome switch
    {
        AgreeValue => (ModerationOutcome.Agree, null),
        ReturnValue => (ModerationOutcome.ReturnToAuditor, null),
        var value when Enum.TryParse<Grade>(value, out var g) && Enum.IsDefined(g) => (ModerationOutcome.ChangeGrade, g),
        _ => (null, null),
    };

    public sealed class ModerateInput
    {
        public List<SectionInput> Sections { get; set; } = [];
        public string? Outcome { get; set; }
        [DataType(DataType.MultilineText)]
        public string? Rationale { get; set; }
    }

    public sealed class SectionInput
    {
        public int SectionId { get; set; }
        public string? Decision { get; set; }
        [DataType(DataType.MultilineText)]
        public string? Comment { get; set; }
    }
}
