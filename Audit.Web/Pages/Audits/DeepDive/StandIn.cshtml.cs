using Audit.Workflows.Common;
using Audit.Workflows.DeepDive;
using Audit.Workflows.DeepDive.Commands;
using Audit.Workflows.DeepDive.Stages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Audits.DeepDive;

/// <summary>A QA lead names someone to hold the stage in place of a post-holder who is absent or not in post.</summary>
public sealed class StandInModel(AuditAccess access, AuditOverviews records, AuditCommands commands, StandInCandidates candidates)
    : AuditStepPageModel(access, records)
{
    [BindProperty]
    public StandInInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> People { get; private set; } = [];

    public string PostName => StageHolding.PostFor(Audit.State)?.Name() ?? "post-holder";

    public StageHolder Holder => StageHolding.For(Audit);

    public override AuditTrigger Trigger => AuditTrigger.NameStandIn;

    public override string Heading => $"Name a stand-in for the {PostName}";

    protected override string SuccessText => $"You have named a stand-in for the {PostName}";

    protected override async Task PrepareFormAsync(bool firstView) =>
        People = (await candidates.ForAsync(Audit, HttpContext.RequestAborted))
            .Select(p => new SelectListItem(p.JobTitle is null ? p.FullName : $"{p.FullName} ({p.JobTitle})", p.Id)).ToList();

    protected override async Task<CommandResult?> ExecuteAsync() =>
        await commands.SendAsync(new NameStandInCommand(Id, Version, Input.StandInId), CurrentStaffId);

    public sealed class StandInInput
    {
        public string? StandInId { get; set; }
    }
}
