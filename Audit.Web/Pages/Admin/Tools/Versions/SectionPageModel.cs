using Audit.Workflows.Tools;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Admin.Tools.Versions;

/// <summary>What the add and change section pages share: the form.</summary>
public abstract class SectionPageModel(AuditToolService tools) : ToolVersionPageModel(tools)
{
    [BindProperty]
    public SectionInput Input { get; set; } = new();
}
