using Audit.Web.Infrastructure;

namespace Audit.Web.Pages.Audits;

/// <summary>The whole deep-dive workflow as a diagram and in words, for anyone signed in.</summary>
public sealed class WorkflowModel : AuditPageModel
{
    public DiagramModel Diagram { get; } = DiagramModel.For(null);

    public void OnGet()
    {
    }
}
