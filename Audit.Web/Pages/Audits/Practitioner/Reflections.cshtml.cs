using System.ComponentModel.DataAnnotations;
using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Audit.Workflows.Practitioners;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Audits.Practitioner;

/// <summary>The practitioner writes their own reflections; the workflow says who may, and when.</summary>
public sealed class ReflectionsModel(AuditAccess access, AuditOverviews records, AuditCommands commands) : AuditStepPageModel(access, records)
{
    [BindProperty]
    public ReflectionsInput Input { get; set; } = new();

    public override AuditTrigger Trigger => AuditTrigger.WriteReflections;

    public override string Heading => "Your reflections";

    public override string SubmitText => "Save your reflections";

    protected override string SuccessText => "Your reflections have been saved";

    protected override Task PrepareFormAsync(bool firstView)
    {
        if (firstView)
        {
            Input.Reflections = Audit.PractitionerReflections;
        }

        return Task.CompletedTask;
    }

    protected override async Task<CommandResult?> ExecuteAsync() =>
        await commands.SendAsync(new WriteReflectionsCommand(Id, Version, Input.Reflections), CurrentStaffId, FormErrors());

    public sealed class ReflectionsInput
    {
        [DataType(DataType.MultilineText)]
        public string? Reflections { get; set; }
    }
}
