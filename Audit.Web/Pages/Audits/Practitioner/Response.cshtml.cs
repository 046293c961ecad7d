using System.ComponentModel.DataAnnotations;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Audit.Workflows.Practitioners;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Audits.Practitioner;

/// <summary>The practitioner's response to the audit's findings, once moderation has settled the grade.</summary>
public sealed class ResponseModel(AuditAccess access, AuditOverviews records, AuditCommands commands) : AuditStepPageModel(access, records)
{
    [BindProperty]
    public ResponseInput Input { get; set; } = new();

    public override AuditTrigger Trigger => AuditTrigger.RespondToFindings;

    public override string Heading => "Your response to the findings";

    public override string SubmitText => "Save your response";

    protected override string SuccessText => "Your response to the findings has been saved";

    protected override Task PrepareFormAsync(bool firstView)
    {
        if (firstView)
        {
            Input.Response = Audit.PractitionerResponse;
        }

        return Task.CompletedTask;
    }

    protected override async Task<CommandResult?> ExecuteAsync() =>
        await commands.SendAsync(new RespondToFindingsCommand(Id, Version, Input.Response), CurrentStaffId, FormErrors());

    public sealed class ResponseInput
    {
        [DataType(DataType.MultilineText)]
        public string? Response { get; set; }
    }
}
