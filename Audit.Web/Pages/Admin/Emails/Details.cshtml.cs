using Audit.Data.Models;
using Audit.Web.Infrastructure;
using Audit.Workflows.Notifications;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Admin.Emails;

/// <summary>One email: its delivery history and its text, for a QA lead checking what was sent.</summary>
public sealed class DetailsModel(OutboxAdministration outbox) : AuditPageModel
{
    public OutboxMessage Message { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await outbox.FindAsync(id, cancellationToken) is not { } message)
        {
            return NotFound();
        }

        Message = message;
        return Page();
    }
}
