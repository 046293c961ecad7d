using Audit.Data.Models;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Audits;

public static class GradeChoices
{
    /// <summary>The grades of the tool's scale, best first, as radio choices: the four Ofsted grades, or met / not met.</summary>
    public static IReadOnlyList<SelectListItem> For(GradeScale scale) =>
        scale.Grades().Select(g => new SelectListItem(g.Display(), g.ToString())).ToList();
}
