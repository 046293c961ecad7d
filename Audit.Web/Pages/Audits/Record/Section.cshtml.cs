using System.ComponentModel.DataAnnotations;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Audit.Workflows.Grading;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Audits.Record;

/// <summary>One section of the tool: its grade (or not applicable) and the evidence for it.</summary>
public sealed class SectionModel(AuditFormService forms) : RecordPageModel(forms)
{
    public const string NotApplicable = "NotApplicable";

    [FromRoute]
    public int SectionId { get; set; }

    [BindProperty]
    public SectionInput Input { get; set; } = new();

    private ToolSection? section;

    public ToolSection Section => section!;

    public int Position { get; private set; }

    public override string Heading => Section.Title;

    public IReadOnlyList<string> Prompts =>
        (Section.Guidance ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public IReadOnlyList<SelectListItem> Grades =>
        [.. GradeChoices.For(Form.Scale), .. Section.AllowNotApplicable ? [new SelectListItem("Not applicable", NotApplicable)] : Array.Empty<SelectListItem>()];

    public async Task<IActionResult> OnGetAsync()
    {
        var page = await ShowAsync(() =>
        {
            if (FindSection() && Form.ResponseFor(Section) is { } response)
            {
                Input.Grade = response.NotApplicable ? NotApplicable : response.Grade?.ToString();
                Input.Evidence = response.Evidence;
            }
        });
        return page is PageResult && section is null ? NotFound() : page;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var page = await SaveAsync(async () =>
        {
            if (!FindSection())
            {
                return CommandResult.Failure(string.Empty, "This section is not part of the audit's tool");
            }

            var notApplicable = Input.Grade == NotApplicable;
            Grade? grade = Enum.TryParse<Grade>(Input.Grade, out var g) && Enum.IsDefined(g) ? g : null;
            return await Forms.SaveSectionAsync(new SaveSectionCommand(Id, SectionId, Version, grade, notApplicable, Input.Evidence, Mode), CurrentStaffId);
        }, () => Mode == SaveMode.Draft ? TaskListHref : NextHref(), () => Mode == SaveMode.Draft ? DraftSaved(Section.Title) : null);
        return page is PageResult && !FindSection() ? NotFound() : page;
    }

    private bool FindSection()
    {
        if (section is not null)
        {
            return true;
        }

        var index = Form.Sections.ToList().FindIndex(s => s.Id == SectionId);
        if (index < 0)
        {
            return false;
        }

        section = Form.Sections[index];
        Position = index + 1;
        return true;
    }

    /// <summary>The next section, or the task list after the last.</summary>
    private string NextHref() =>
        Position < Form.Sections.Count ? $"/audits/{Id}/record/sections/{Form.Sections[Position].Id}" : TaskListHref;

    public sealed class SectionInput
    {
        public string? Grade { get; set; }
        [DataType(DataType.MultilineText)]
        public string? Evidence { get; set; }
    }
}
