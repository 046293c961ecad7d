using Audit.Data.Models;
using Audit.Workflows.Tools;

namespace Audit.Workflows.Reporting;

/// <summary>What committees call each kind of audit, singular and plural.</summary>
public static class ToolKindNames
{
    /// <summary>
    /// The words of <see cref="ToolKinds.Wording"/> (so a report says "thematic dip samples", as emails do), except the
    /// deep dive, which committee papers write unhyphenated ("52 deep dive audits were completed").
    /// </summary>
    public static (string One, string Many) Noun(ToolKind kind)
    {
        var one = kind == ToolKind.DeepDive ? "deep dive audit" : kind.Wording();
        return (one, one + "s");
    }

    /// <summary>"1 deep dive audit" or "52 deep dive audits".</summary>
    public static string Count(int count, ToolKind kind) => $"{count} {(count == 1 ? Noun(kind).One : Noun(kind).Many)}";
}
