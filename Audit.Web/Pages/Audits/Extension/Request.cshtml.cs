using System.ComponentModel.DataAnnotations;
using Audit.Web.Infrastructure;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Audit.Workflows.Extensions;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Audits.Extension;

/// <summary>The auditor asks for a later due date, with their reason; a QA lead decides.</summary>
public sealed class RequestModel(AuditAccess access, AuditOverviews records, AuditCommands commands) : AuditStepPageModel(access, records)
{
    [BindProperty]
    public RequestInput Input { get; set; } = new();

    public override AuditTrigger Trigger => AuditTrigger.RequestExtension;

    public override string Heading => "Ask for more time";

    public override string SubmitText => "Send request";

    protected override string SuccessText => "You have asked for more time: a QA lead will approve or decline your request";

    protected override async Task<CommandResult?> ExecuteAsync()
    {
        var dueDate = ReadDate(Input.DueDate, nameof(Input.DueDate), "the date you are asking for", LatestDueDate);
        return await commands.SendAsync(new RequestExtensionCommand(Id, Version, dueDate, Input.Reason), CurrentStaffId, FormErrors());
    }

    public sealed class RequestInput
    {
        public DateInput DueDate { get; set; } = new();
        [DataType(DataType.MultilineText)]
        public string? Reason { get; set; }
    }
}
