using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;

namespace Audit.Web.Pages.Audits.DeepDive;

public sealed class StartModel(AuditAccess access, AuditOverviews records, DeepDiveService service) : AuditStepPageModel(access, records)
{
    public override AuditTrigger Trigger => AuditTrigger.Start;

    public override string Heading => "Start this audit";

    protected override string SuccessText => "You have started the audit";

    protected override async Task<CommandResult?> ExecuteAsync() => await service.StartAsync(Id, Version, CurrentStaffId);
}
