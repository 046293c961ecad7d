using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;

namespace Audit.Web.Pages.Audits.DeepDive;

public sealed class StartModel(AuditAccess access, AuditOverviews records, AuditCommands commands) : AuditStepPageModel(access, records)
{
    public override AuditTrigger Trigger => AuditTrigger.Start;

    public override string Heading => "Start this audit";

    protected override string SuccessText => "You have started the audit";

    protected override async Task<CommandResult?> ExecuteAsync() => await commands.SendAsync(new StartCommand(Id, Version), CurrentStaffId);
}
