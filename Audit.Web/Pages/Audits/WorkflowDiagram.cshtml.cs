using Audit.Data.Models;
using Audit.Web.Infrastructure;
using Audit.Workflows.DeepDive;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Audit.Web.Pages.Audits;

/// <summary>The workflow diagram's own document, shown in a sandboxed frame on the workflow and audit pages.</summary>
public sealed class WorkflowDiagramModel : PageModel
{
    public string Diagram { get; private set; } = string.Empty;

    public string Label { get; private set; } = string.Empty;

    /// <param name="current">The state to highlight; anything that is not a state name highlights nothing.</param>
    public void OnGet(string? current)
    {
        HttpContext.Items[SecurityHeaders.DiagramFrameItemKey] = true;
        var state = DiagramModel.StateNamed(current);
        Diagram = DeepDiveDiagram.ToDiagram(state);
        Label = state is { } s
            ? $"Diagram of the deep-dive audit workflow, with {s.Display().ToLowerInvariant()} highlighted"
            : "Diagram of the deep-dive audit workflow";
    }
}
