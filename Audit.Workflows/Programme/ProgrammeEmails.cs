using System.Globalization;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Notifications;
using Audit.Workflows.Tools;
using Microsoft.Extensions.Options;

namespace Audit.Workflows.Programme;

/// <summary>The programme's email: one digest per auditor when a month's proposal is confirmed — references only.</summary>
public sealed class ProgrammeEmails(Outbox outbox, EmailTemplates templates, IOptions<AppOptions> app)
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    public void NewAudits(StaffMember auditor, AuditCycle cycle, IReadOnlyList<CaseAudit> audits)
    {
        if (auditor.Email is null || !auditor.IsActive)
        {
            return;
        }

        var count = audits.Count == 1 ? "1 audit" : $"{audits.Count.ToString(CultureInfo.InvariantCulture)} audits";
        string[] paragraphs =
        [
            $"You have been allocated {count} in the {cycle.Name} programme, due by {cycle.DueDate.ToString("d MMMM yyyy", Uk)}:",
            .. audits.OrderBy(a => a.Id).Select(a => $"{a.Reference} – {a.ToolKind.Wording()}"),
            "They are waiting in My work.",
        ];
        outbox.Enqueue(auditor.Email, auditor.FullName,
            templates.Notice("programme-digest", $"{count} allocated to you for {cycle.Name}", auditor.FullName, paragraphs, app.Value.Link("/"), "Open My work"));
    }
}
