using System.Globalization;
using Audit.Data;
using Audit.Data.Models;
using Audit.Web.Infrastructure;
using Audit.Workflows.Allocation;
using Audit.Workflows.Programme;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Admin.Programme;

/// <summary>Start a thematic dip sample in a month's programme: its theme, its name and where its cases come from.</summary>
public sealed class StartDipSampleModel(CycleQueries cycles, AuditDbContext db, StartDipSampleBatchHandler start) : AuditPageModel
{
    [BindProperty]
    public DipSampleInput Input { get; set; } = new();

    public CycleSummary Cycle { get; private set; } = default!;
    public IReadOnlyList<SelectListItem> Themes { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Sources { get; private set; } = [];
    public IReadOnlyList<SelectListItem> ServiceAreas { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        Input.ExcludedMonths = CycleLimits.DefaultExcludedMonths.ToString(CultureInfo.InvariantCulture);
        return await LoadAsync(id) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        ModelState.Clear();
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var sample = Input.Cases == nameof(DipSampleCases.Sample);
        // Only the chosen option's fields are read: the sampling fields stay on the page when drawn cases are chosen.
        var fields = sample
            ? DrawFields.Read(ModelState, Input.Count, Input.ExcludedMonths, Input.Seed, Input.ServiceAreaId, Input.CaseType)
            : DrawFields.Read(ModelState, null, null, null, Input.ServiceAreaId, Input.CaseType);
        int? version = int.TryParse(Input.ToolVersionId, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
        DipSampleCases? source = Enum.TryParse<DipSampleCases>(Input.Cases, out var s) && Enum.IsDefined(s) ? s : null;

        var result = await start.HandleAsync(new StartDipSampleBatchCommand(id, version, Input.Name, source, fields.ServiceAreaId, fields.CaseType, fields.Count, fields.ExcludedMonths, fields.Seed),
            CurrentStaffId, FormErrors(), HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            ReplaceErrors(result.Outcome);
            return Page();
        }

        return RedirectWithSuccess($"Thematic dip sample “{result.Value!.Name}” started: propose auditors for its cases below",
            "/Admin/Programme/Cycle", new { id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        if (await cycles.FindAsync(id, HttpContext.RequestAborted) is not { } detail)
        {
            return false;
        }

        Cycle = detail.Cycle;
        Themes = (await DipSampleThemes.PublishedAsync(db, HttpContext.RequestAborted))
            .Select(t => new SelectListItem($"{DipSampleThemes.Capitalised(t.Theme)} (version {t.Number}{(t.Current ? ", current" : string.Empty)})",
                t.ToolVersionId.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        var waiting = detail.Lines.Count(l => l.Status == CycleCaseStatus.Proposed && l.Tool == ToolKind.DipSample && l.DipSampleBatchId is null);
        Sources =
        [
            new SelectListItem(waiting == 1 ? "The 1 thematic dip sample case already drawn into this programme"
                : $"The {waiting} thematic dip sample cases already drawn into this programme", nameof(DipSampleCases.FromDraw)),
            new SelectListItem("Sample cases at random now", nameof(DipSampleCases.Sample)),
        ];
        ServiceAreas = (await cycles.ServiceAreasAsync(HttpContext.RequestAborted))
            .Select(s => new SelectListItem(s.Name, s.Id.ToString(CultureInfo.InvariantCulture))).ToList();
        return true;
    }

    public sealed class DipSampleInput
    {
        public string? ToolVersionId { get; set; }
        public string? Name { get; set; }
        public string? Cases { get; set; }
        public string? ServiceAreaId { get; set; }
        public string? CaseType { get; set; }
        public string? Count { get; set; }
        public string? ExcludedMonths { get; set; }
        public string? Seed { get; set; }
    }
}
