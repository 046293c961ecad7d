using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Audit.Workflows.Moderation;

namespace Audit.Web.Pages.Audits.DeepDive;

public sealed class TakeModel(AuditAccess access, AuditOverviews records, AuditCommands commands) : AuditStepPageModel(access, records)
{
    public override AuditTrigger Trigger => AuditTrigger.TakeForModeration;

    public override string Heading => "Take this audit for moderation";

    protected override string SuccessText => "You have taken the audit for moderation";

    protected override async Task<CommandResult?> ExecuteAsync() => await commands.SendAsync(new TakeForModerationCommand(Id, Version), CurrentStaffId);
}
