using System.Globalization;
using Audit.Data.Models;
using Audit.Web.Infrastructure;
using Audit.Workflows.Common;
using Audit.Workflows.Programme;
using Audit.Workflows.Allocation;
using Audit.Workflows.Tools;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Admin.Programme;

/// <summary>One month's programme: where it stands, the draws, the proposal and its confirmation.</summary>
public sealed class CycleModel(CycleQueries cycles, DrawCasesHandler draw, ProposeAllocationHandler propose,
    ConfirmProposalHandler confirm, SetCycleStatusHandler status, Audit.Workflows.Reporting.DipSampleReports dipSamples) : AuditPageModel
{
    public CycleDetail Detail { get; private set; } = default!;

    public IReadOnlyList<Audit.Workflows.Reporting.DipSampleSummary> DipSamples { get; private set; } = [];

    [BindProperty]
    public DrawInput Input { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public IReadOnlyList<SelectListItem> ServiceAreas { get; private set; } = [];

    public static IReadOnlyList<SelectListItem> CaseTypes { get; } =
        Enum.GetValues<CaseType>().Select(t => new SelectListItem(t.Display(), t.ToString())).ToList();

    public static IReadOnlyList<SelectListItem> Tools { get; } =
        Enum.GetValues<ToolKind>().Select(k => new SelectListItem(k.SentenceWording(), k.ToString())).ToList();

    public (string Caption, string Id, IReadOnlyList<CycleRow> Rows, bool ShowPlanned) AreaRows => ("By service area", "by-service-area", Detail.ByServiceArea, true);

    public (string Caption, string Id, IReadOnlyList<CycleRow> Rows, bool ShowPlanned) AuditorRows => ("By auditor", "by-auditor", Detail.ByAuditor, false);

    public int ReadyToAllocate => Detail.Lines.Count(l => l.Status == CycleCaseStatus.Proposed && l.AuditorId is not null);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        Input.ExcludedMonths = CycleLimits.DefaultExcludedMonths.ToString(CultureInfo.InvariantCulture);
        return await LoadAsync(id) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostDrawAsync(int id)
    {
        ModelState.Clear();
        var fields = DrawFields.Read(ModelState, Input.Count, Input.ExcludedMonths, Input.Seed, Input.ServiceAreaId, Input.CaseType);
        ToolKind? tool = null;
        if (!string.IsNullOrEmpty(Input.Tool))
        {
            tool = Enum.TryParse<ToolKind>(Input.Tool, out var k) && Enum.IsDefined(k) ? k : (ToolKind)(-1);
        }

        var result = await draw.HandleAsync(new DrawCasesCommand(id, fields.ServiceAreaId, fields.CaseType, fields.Count, fields.ExcludedMonths, fields.Seed, tool), CurrentStaffId, FormErrors(), HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            ReplaceErrors(result.Outcome);
            return await LoadAsync(id) ? Page() : NotFound();
        }

        var d = result.Value!;
        return RedirectWithSuccess($"{d.Drawn} {(d.Drawn == 1 ? "case" : "cases")} drawn with seed {d.Seed}", "/Admin/Programme/Cycle", new { id });
    }

    public Task<IActionResult> OnPostProposeAsync(int id) =>
        AfterAsync(id, propose.HandleAsync(new ProposeAllocationCommand(id), CurrentStaffId, HttpContext.RequestAborted), "Auditors proposed: review the proposal below");

    public async Task<IActionResult> OnPostConfirmAsync(int id)
    {
        var result = await confirm.HandleAsync(new ConfirmProposalCommand(id, Version), CurrentStaffId, HttpContext.RequestAborted);
        return await AfterAsync(id, Task.FromResult(result.Outcome),
            result.Succeeded ? $"{result.Value} {(result.Value == 1 ? "audit" : "audits")} allocated; each auditor has been sent one email listing theirs" : string.Empty);
    }

    public Task<IActionResult> OnPostCloseAsync(int id) =>
        AfterAsync(id, status.HandleAsync(new SetCycleStatusCommand(id, Version, CycleStatus.Closed), CurrentStaffId, HttpContext.RequestAborted), "Programme closed");

    public Task<IActionResult> OnPostReopenAsync(int id) =>
        AfterAsync(id, status.HandleAsync(new SetCycleStatusCommand(id, Version, CycleStatus.Open), CurrentStaffId, HttpContext.RequestAborted), "Programme reopened");

    private async Task<IActionResult> AfterAsync(int id, Task<CommandResult> command, string success)
    {
        ModelState.Clear();
        var result = await command;
        if (!result.Succeeded)
        {
            foreach (var (_, message) in result.Errors)
            {
                ModelState.AddModelError(string.Empty, message);
            }

            Input.ExcludedMonths = CycleLimits.DefaultExcludedMonths.ToString(CultureInfo.InvariantCulture);
            return await LoadAsync(id) ? Page() : NotFound();
        }

        return RedirectWithSuccess(success, "/Admin/Programme/Cycle", new { id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        if (await cycles.FindAsync(id, HttpContext.RequestAborted) is not { } detail)
        {
            return false;
        }

        Detail = detail;
        Version = detail.Cycle.Version;
        DipSamples = await dipSamples.ListAsync(CurrentStaffId, id, HttpContext.RequestAborted) ?? [];
        ServiceAreas = (await cycles.ServiceAreasAsync(HttpContext.RequestAborted))
            .Select(s => new SelectListItem(s.Name, s.Id.ToString(CultureInfo.InvariantCulture))).ToList();
        return true;
    }

    public sealed class DrawInput
    {
        public string? ServiceAreaId { get; set; }
        public string? CaseType { get; set; }
        public string? Count { get; set; }
        public string? ExcludedMonths { get; set; }
        public string? Seed { get; set; }
        public string? Tool { get; set; }
    }
}
