using Audit.Data.Models;

namespace Audit.Workflows.Reporting;

/// <summary>
/// Which tools are reported against a standard rather than by grade. The supervision audit asks whether supervision
/// was "of good quality and reflective": it is graded on the same four-point scale, and the standard is met when its
/// final grade is good or outstanding.
/// </summary>
public static class StandardPolicy
{
    public static bool IsJudgedAgainstStandard(ToolKind kind) => kind == ToolKind.Supervision;

    public static bool MeetsStandard(Grade grade) => grade is Grade.Good or Grade.Outstanding;
}

/// <summary>What committees call each kind of audit, singular and plural.</summary>
public static class ToolKindNames
{
    public static (string One, string Many) Noun(ToolKind kind) => kind switch
    {
        ToolKind.DeepDive => ("deep dive audit", "deep dive audits"),
        ToolKind.Fostering => ("fostering household audit", "fostering household audits"),
        ToolKind.Supervision => ("supervision audit", "supervision audits"),
        ToolKind.DipSample => ("dip sample", "dip samples"),
        ToolKind.PracticeObservation => ("practice observation", "practice observations"),
        _ => ("audit", "audits"),
    };

    /// <summary>"1 deep dive audit" or "52 deep dive audits".</summary>
    public static string Count(int count, ToolKind kind) => $"{count} {(count == 1 ? Noun(kind).One : Noun(kind).Many)}";
}
