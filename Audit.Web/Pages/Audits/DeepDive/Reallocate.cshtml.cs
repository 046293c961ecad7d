using Audit.Web.Infrastructure;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Audits.DeepDive;

public sealed class ReallocateModel(AuditAccess access, AuditOverviews records, AuditCommands commands) : AuditStepPageModel(access, records)
{
    private readonly AuditOverviews records = records;

    [BindProperty]
    public ReallocateInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Auditors { get; private set; } = [];

    public override AuditTrigger Trigger => AuditTrigger.Reallocate;

    public override string Heading => "Reallocate the audit";

    protected override string SuccessText => "You have reallocated the audit";

    protected override async Task PrepareFormAsync(bool firstView) =>
        Auditors = (await records.ActiveAuditorsAsync())
            .Where(s => s.Id != Audit.AuditorId)
            .Select(s => new SelectListItem(s.JobTitle is null ? s.FullName : $"{s.FullName} ({s.JobTitle})", s.Id))
            .ToList();

    protected override async Task<CommandResult?> ExecuteAsync()
    {
        var dueDate = ReadDate(Input.DueDate, nameof(Input.DueDate), "the due date", LatestDueDate);
        return await commands.SendAsync(new ReallocateCommand(Id, Version, Input.AuditorId, dueDate), CurrentStaffId, FormErrors());
    }

    public sealed class ReallocateInput
    {
        public string? AuditorId { get; set; }
        public DateInput DueDate { get; set; } = new();
    }
}
