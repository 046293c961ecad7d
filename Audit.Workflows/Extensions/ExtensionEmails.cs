using System.Globalization;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Notifications;
using Audit.Workflows.Tools;
using Microsoft.Extensions.Options;

namespace Audit.Workflows.Extensions;

/// <summary>
/// The emails about a request for more time. The reasons people typed can name a child, so they stay in Audit: an
/// email gives the audit's reference, the dates and a link only.
/// </summary>
public sealed class ExtensionEmails(Outbox outbox, EmailTemplates templates, IOptions<AppOptions> app)
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    public void Requested(CaseAudit audit, ExtensionRequest request, StaffMember qaLead) =>
        Send(qaLead, "extension-requested", $"Extension requested for {audit.Reference}",
            [$"The auditor of {audit.ToolKind.Wording()} {audit.Reference} has asked for its due date to move from {Date(request.DueDateWhenRequested)} to {Date(request.RequestedDueDate)}.",
             "Their reason is recorded on the audit. A QA lead can approve or decline the request there."],
            app.Value.Link($"/audits/{audit.Id}/extension"), "Decide on the request");

    public void Approved(CaseAudit audit, StaffMember auditor) =>
        Send(auditor, "extension-approved", $"Your request for more time on {audit.Reference} has been approved",
            [$"A QA lead has approved your request: {audit.ToolKind.Wording()} {audit.Reference} is now due on {Date(audit.DueDate)}."],
            app.Value.Link($"/audits/{audit.Id}"), "Open the audit");

    public void Declined(CaseAudit audit, StaffMember auditor) =>
        Send(auditor, "extension-declined", $"Your request for more time on {audit.Reference} has been declined",
            [$"A QA lead has declined your request: {audit.ToolKind.Wording()} {audit.Reference} is still due on {Date(audit.DueDate)}.",
             "Their reason is recorded on the audit."],
            app.Value.Link($"/audits/{audit.Id}"), "Open the audit");

    private void Send(StaffMember to, string kind, string subject, IEnumerable<string> paragraphs, Uri link, string linkText)
    {
        if (to.Email is null || !to.IsActive)
        {
            return;
        }

        outbox.Enqueue(to.Email, to.FullName, templates.Notice(kind, subject, to.FullName, paragraphs, link, linkText));
    }

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Uk);
}
