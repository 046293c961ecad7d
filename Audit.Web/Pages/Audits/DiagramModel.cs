using Audit.Data.Models;
using Audit.Workflows.DeepDive;

namespace Audit.Web.Pages.Audits;

/// <summary>The workflow diagram as Mermaid text (optionally with the current state highlighted) and in words.</summary>
public sealed record DiagramModel(string Mermaid, IReadOnlyList<WorkflowTransition> Transitions, AuditState? Current)
{
    public static DiagramModel For(AuditState? current) => new(DeepDiveDiagram.ToDiagram(current), DeepDiveDiagram.Transitions(), current);

    /// <summary>The state a query string names exactly, or null.</summary>
    public static AuditState? StateNamed(string? name) =>
        Enum.TryParse<AuditState>(name, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && parsed.ToString() == name ? parsed : null;
}
