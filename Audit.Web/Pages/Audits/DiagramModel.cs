using Audit.Data.Models;
using Audit.Workflows.DeepDive;

namespace Audit.Web.Pages.Audits;

/// <summary>The workflow diagram as Mermaid text (optionally with the current state highlighted) and in words.</summary>
public sealed record DiagramModel(string Mermaid, IReadOnlyList<WorkflowTransition> Transitions, AuditState? Current)
{
    public static DiagramModel For(AuditState? current)
    {
        var definition = DeepDiveWorkflow.Definition();
        return new DiagramModel(definition.ToDiagram(current), definition.Transitions(), current);
    }
}
