using Audit.Data.Models;

namespace Audit.Web.Pages.Audits.ImmediateResponses;

/// <summary>What the audit page shows about immediate responses: the banner, the list and the button to raise one.</summary>
public sealed record ImmediateResponsesModel(int AuditId, IReadOnlyList<ImmediateResponse> Responses, bool CanRaise)
{
    /// <summary>The newest immediate response someone asked has not yet acknowledged, for the banner.</summary>
    public ImmediateResponse? Unacknowledged => Responses.FirstOrDefault(r => r.Acknowledgements.Any(a => a.AcknowledgedAt is null));

    public string Href(ImmediateResponse response) => $"/audits/{AuditId}/immediate-responses/{response.Id}";
}
