using System.Globalization;
using Audit.Data.Models;
using Audit.Workflows.Common;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Audit.Web.Pages.Admin.Tools;

/// <summary>How tool versions are shown: status tags whose colour says whether audits can use the version.</summary>
public static class ToolDisplay
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    public static string StatusText(ToolVersionStatus status) => status switch
    {
        ToolVersionStatus.Draft => "Draft",
        ToolVersionStatus.Published => "Published",
        _ => "Retired",
    };

    public static string StatusCss(ToolVersionStatus status) => status switch
    {
        ToolVersionStatus.Draft => "govuk-tag govuk-tag--yellow",
        ToolVersionStatus.Published => "govuk-tag govuk-tag--green",
        _ => "govuk-tag govuk-tag--grey",
    };

    public static string Date(DateTimeOffset? value) => value is { } v ? UkTime.ToUk(v).ToString("d MMMM yyyy", Uk) : "Not published";

    public static string YesNo(bool value) => value ? "Yes" : "No";

    /// <summary>Yes and No radios for a nullable bool, posting values that bind back to it.</summary>
    public static IReadOnlyList<SelectListItem> YesNoItems { get; } = [new("Yes", bool.TrueString), new("No", bool.FalseString)];

    /// <summary>The two scales a version can be graded on, as radios posting values that bind to <see cref="GradeScale"/>.</summary>
    public static IReadOnlyList<SelectListItem> ScaleItems { get; } =
    [
        new("The four Ofsted grades: outstanding, good, requires improvement to be good, inadequate", nameof(GradeScale.Ofsted)),
        new("Met or not met against a standard", nameof(GradeScale.MetNotMet)),
    ];

    public static string ToolUrl(int toolId) => $"/admin/tools/{toolId}";

    public static string VersionUrl(int versionId) => $"/admin/tools/versions/{versionId}";
}
