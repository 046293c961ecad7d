using Audit.Data.Models;

namespace Audit.Workflows.Tools;

/// <summary>How each kind of tool is named in emails, My work and pages, and which tool a case gets by default.</summary>
public static class ToolKinds
{
    /// <summary>The kind in a sentence: "You have been allocated fostering household audit AUD-000123".</summary>
    public static string Wording(this ToolKind kind) => kind switch
    {
        ToolKind.DeepDive => "deep-dive audit",
        ToolKind.Fostering => "fostering household audit",
        ToolKind.Supervision => "supervision audit",
        ToolKind.DipSample => "thematic dip sample",
        ToolKind.PracticeObservation => "practice observation",
        _ => "audit",
    };

    /// <summary>The kind at the start of a sentence: "Fostering household audit AUD-000123 …".</summary>
    public static string SentenceWording(this ToolKind kind)
    {
        var words = kind.Wording();
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>The scale a kind's tool is graded on: supervision is judged against a standard, met or not met.</summary>
    public static GradeScale DefaultScale(this ToolKind kind) => kind == ToolKind.Supervision ? GradeScale.MetNotMet : GradeScale.Ofsted;

    /// <summary>Fostering households have their own tool; every other case gets the deep-dive case audit unless the QA lead picks another.</summary>
    public static ToolKind DefaultFor(CaseType caseType) => caseType == CaseType.FosteringHousehold ? ToolKind.Fostering : ToolKind.DeepDive;
}
