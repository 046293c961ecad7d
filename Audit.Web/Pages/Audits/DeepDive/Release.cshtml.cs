using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Audit.Workflows.Moderation;

namespace Audit.Web.Pages.Audits.DeepDive;

public sealed class ReleaseModel(AuditAccess access, AuditOverviews records, AuditCommands commands) : AuditStepPageModel(access, records)
{
    public override AuditTrigger Trigger => AuditTrigger.ReleaseModeration;

    public override string Heading => "Release this audit to the moderation queue";

    public override string SubmitText => "Release the audit";

    protected override string SuccessText => "The audit is back in the moderation queue";

    protected override async Task<CommandResult?> ExecuteAsync() => await commands.SendAsync(new ReleaseModerationCommand(Id, Version), CurrentStaffId);
}
