using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Audits.DeepDive;

public sealed class CoSignModel(AuditAccess access, AuditOverviews records, DeepDiveService service) : AuditStepPageModel(access, records)
{
    [BindProperty]
    public CoSignInput Input { get; set; } = new();

    public override AuditTrigger Trigger => AuditTrigger.CoSign;

    public override string Heading => "Co-sign the grade";

    protected override string SuccessText => "You have co-signed the audit";

    protected override async Task<CommandResult?> ExecuteAsync() => await service.CoSignAsync(Id, Version, Input.Comment, CurrentStaffId);

    public sealed class CoSignInput
    {
        public string? Comment { get; set; }
    }
}
