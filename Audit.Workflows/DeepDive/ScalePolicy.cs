using Audit.Data;
using Audit.Data.Models;
using Audit.Workflows.Tools;
using Microsoft.EntityFrameworkCore;

namespace Audit.Workflows.DeepDive;

/// <summary>
/// The rules of a tool's grading scale. A grade must be on the scale of the audit's tool version: a supervision audit
/// is judged "met the standard" or "did not meet the standard", never outstanding to inadequate, and the other tools
/// the other way round. A standard not met leads to corrective actions, so an audit judged not met needs at least
/// one; it is always moderated (<see cref="ModerationPolicy"/>) but, not being an Ofsted inadequate, it brings no
/// assistant director's co-sign and no reflective conversation (<see cref="DeepDiveWorkflow"/>).
/// </summary>
public static class ScalePolicy
{
    public const string NotMetNeedsActions =
        "Add at least one corrective action: an audit that did not meet the standard needs actions to follow it";

    public const string ReturnForActions =
        "This audit has no corrective actions: return it to the auditor to add them, as an audit that did not meet the standard needs actions to follow it";

    /// <summary>Why this grade cannot be given on this scale (naming the section when <paramref name="section"/> is given), or null.</summary>
    public static string? OffScale(GradeScale scale, Grade? grade, ToolKind kind, string? section = null)
    {
        if (grade is not { } g || g.IsOn(scale))
        {
            return null;
        }

        var where = section is null ? string.Empty : $" for {section}";
        return scale == GradeScale.MetNotMet
            ? $"Select met the standard or did not meet the standard{where}: a {kind.Wording()} is judged against a standard, not graded outstanding to inadequate"
            : $"Select a grade from outstanding to inadequate{where}: a {kind.Wording()} is not judged met or not met";
    }

    /// <summary>Why an audit cannot be judged "not met" with no corrective actions, or null.</summary>
    public static string? WithoutActions(Grade? grade, int actions, string reason = NotMetNeedsActions) =>
        grade == Grade.NotMet && actions == 0 ? reason : null;

    /// <summary>
    /// The scale of the audit's tool version, loaded with the audit (<see cref="AuditAccess"/> loads it): the Ofsted
    /// grades for an audit with no tool version.
    /// </summary>
    public static GradeScale ScaleOf(CaseAudit audit) =>
        audit.ToolVersionId is null ? GradeScale.Ofsted
        : audit.ToolVersion?.Scale ?? throw new InvalidOperationException("The audit's tool version must be loaded with it to know its grading scale");
}
