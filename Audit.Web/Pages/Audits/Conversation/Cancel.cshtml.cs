using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Conversations;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;

namespace Audit.Web.Pages.Audits.Conversation;

public sealed class CancelModel(AuditAccess access, AuditOverviews records, AuditCommands commands) : AuditStepPageModel(access, records)
{
    public ReflectiveConversation? Current => ConversationPolicy.Current(Audit);

    public override AuditTrigger Trigger => AuditTrigger.CancelConversation;

    public override string Heading => "Cancel the reflective conversation";

    public override string SubmitText => "Cancel the conversation";

    protected override string SuccessText => "You have cancelled the reflective conversation and told everyone invited";

    protected override async Task<CommandResult?> ExecuteAsync() =>
        await commands.SendAsync(new CancelConversationCommand(Id, Version), CurrentStaffId);
}
