using System.ComponentModel.DataAnnotations;
using Audit.Workflows.Tools;

namespace Audit.Web.Pages.Admin.Tools.Versions;

/// <summary>The section form, shared by the add and change pages.</summary>
public sealed class SectionInput
{
    public string? Title { get; set; }
    [DataType(DataType.MultilineText)]
    public string? Guidance { get; set; }
    public bool? IsGraded { get; set; }
    public bool? EvidenceRequired { get; set; }
    public bool? AllowNotApplicable { get; set; }

    public SectionDetails ToDetails() => new(Title, Guidance, IsGraded, EvidenceRequired, AllowNotApplicable);

    public static SectionInput From(ToolSectionView section) => new()
    {
        Title = section.Title,
        Guidance = section.Guidance,
        IsGraded = section.IsGraded,
        EvidenceRequired = section.EvidenceRequired,
        AllowNotApplicable = section.AllowNotApplicable,
    };
}
