using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Audit.Workflows.Grading;
using Audit.Workflows.Tools;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Audits.Record;

public sealed class StrengthsModel(AuditFormService forms, LearningThemeService themes) : RecordPageModel(forms)
{
    [BindProperty]
    public StrengthsInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Themes { get; private set; } = [];

    public override string Heading => "Strengths, areas for development and themes";

    public async Task<IActionResult> OnGetAsync()
    {
        var page = await ShowAsync(() => Input = new StrengthsInput
        {
            Strengths = Form.Record.Strengths,
            AreasForDevelopment = Form.Record.AreasForDevelopment,
            ThemeIds = Form.ChosenThemes.Select(t => Text(t.Id)).ToList(),
        });
        await ListThemesAsync(page);
        return page;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var page = await SaveAsync(
            async () =>
            {
                var ids = Input.ThemeIds.Select(t => int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0).ToList();
                return await Forms.SaveStrengthsAsync(new SaveStrengthsCommand(Id, Version, Input.Strengths, Input.AreasForDevelopment, ids, Mode), CurrentStaffId);
            },
            () => Mode == SaveMode.Draft ? TaskListHref : $"/audits/{Id}/record/actions",
            () => Mode == SaveMode.Draft ? DraftSaved("strengths, areas for development and themes") : null);
        await ListThemesAsync(page);
        return page;
    }

    /// <summary>The active themes, plus any retired since this audit chose them (they stay on the audit).</summary>
    private async Task ListThemesAsync(IActionResult page)
    {
        if (page is not PageResult)
        {
            return;
        }

        var choosable = await themes.ChoosableAsync();
        Themes = choosable.Concat(Form.ChosenThemes.Where(c => choosable.All(t => t.Id != c.Id)))
            .OrderBy(t => t.Name)
            .Select(t => new SelectListItem(t.Name, Text(t.Id)))
            .ToList();
    }

    private static string Text(int id) => id.ToString(CultureInfo.InvariantCulture);

    public sealed class StrengthsInput
    {
        [DataType(DataType.MultilineText)]
        public string? Strengths { get; set; }
        [DataType(DataType.MultilineText)]
        public string? AreasForDevelopment { get; set; }
        public List<string> ThemeIds { get; set; } = [];
    }
}
