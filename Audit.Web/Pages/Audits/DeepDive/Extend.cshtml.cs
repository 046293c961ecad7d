using System.ComponentModel.DataAnnotations;
using Audit.Web.Infrastructure;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Audits.DeepDive;

public sealed class ExtendModel(AuditAccess access, AuditOverviews records, AuditCommands commands) : AuditStepPageModel(access, records)
{
    [BindProperty]
    public ExtendInput Input { get; set; } = new();

    public override AuditTrigger Trigger => AuditTrigger.Extend;

    public override string Heading => "Extend the due date";

    public override string SubmitText => "Extend due date";

    protected override string SuccessText => "You have extended the due date";

    protected override async Task<CommandResult?> ExecuteAsync()
    {
        var dueDate = ReadDate(Input.DueDate, nameof(Input.DueDate), "the due date", LatestDueDate);
        return await commands.SendAsync(new ExtendCommand(Id, Version, dueDate, Input.Reason), CurrentStaffId, FormErrors());
    }

    public sealed class ExtendInput
    {
        public DateInput DueDate { get; set; } = new();
        [DataType(DataType.MultilineText)]
        public string? Reason { get; set; }
    }
}
