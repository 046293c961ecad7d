using Audit.Web.Infrastructure;

namespace Audit.Web.Pages.Audits;

/// <summary>
/// The whole deep-dive workflow as a diagram and in words, for anyone signed in; an audit's page links here with its
/// stage highlighted.
/// </summary>
public sealed class WorkflowModel : AuditPageModel
{
    public DiagramModel Diagram { get; private set; } = DiagramModel.For(null);

    /// <param name="current">The stage to highlight; anything that is not a stage's name highlights nothing.</param>
    public void OnGet(string? current) => Diagram = DiagramModel.For(DiagramModel.StateNamed(current));
}
