using System.ComponentModel.DataAnnotations;
using Audit.Workflows.Common;
using Audit.Workflows.Conversations;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Audits.DeepDive;

public sealed class RecordConversationModel(AuditAccess access, AuditOverviews records, AuditCommands commands) : AuditStepPageModel(access, records)
{
    [BindProperty]
    public RecordInput Input { get; set; } = new();

    public override AuditTrigger Trigger => AuditTrigger.RecordConversation;

    public override string Heading => "Record the reflective conversation";

    public override string SubmitText => "Save the conversation";

    protected override string SuccessText => "You have recorded the reflective conversation";

    protected override async Task<CommandResult?> ExecuteAsync() =>
        await commands.SendAsync(new RecordConversationCommand(Id, Version, Input.Learning, Input.PractitionerReflections), CurrentStaffId);

    public sealed class RecordInput
    {
        [DataType(DataType.MultilineText)]
        public string? Learning { get; set; }
        [DataType(DataType.MultilineText)]
        public string? PractitionerReflections { get; set; }
    }
}
