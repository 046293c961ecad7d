using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Audit.Web.TagHelpers;

/// <summary>
/// The GOV.UK error summary, listing every error in ModelState with a link to its field, in the order the fields
/// appear on the form. Errors about the whole form (empty key) come first, without a link. Renders nothing when the
/// form is valid.
/// </summary>
/// <remarks>
/// ModelState does not keep the order errors were added in, so the form's order is taken from the page model: the
/// declaration order of its bound properties ("Input") and of their properties, which is the order pages lay out
/// their fields. A page whose layout differs passes <see cref="FieldOrder"/>.
/// </remarks>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkErrorSummaryTagHelper : TagHelper
{
    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = default!;

    /// <summary>
    /// Field keys in the order the form shows them, when that differs from the order they were posted (an unticked
    /// radio group is not posted at all, so would otherwise be listed last). Keys not listed keep their place after.
    /// </summary>
    public IReadOnlyList<string>? FieldOrder { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var errors = ViewContext.ViewData.ModelState
            .Where(e => e.Value is { ValidationState: ModelValidationState.Invalid })
            .SelectMany(e => e.Value!.Errors.Take(1).Select(err => (Key: e.Key, err.ErrorMessage)))
            .ToList();
        var order = FieldOrder is { Count: > 0 } given ? given : DeclaredFieldOrder(ViewContext.ViewData.Model);
        var rank = order.Select((key, index) => (key, index)).DistinctBy(p => p.key).ToDictionary(p => p.key, p => p.index);
        errors = errors
            .OrderBy(e => string.IsNullOrEmpty(e.Key) ? -1 : rank.TryGetValue(e.Key, out var index) ? index : order.Count)
            .ToList();
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        var encoder = HtmlEncoder.Default;
        var items = string.Concat(errors.Select(e => string.IsNullOrEmpty(e.Key)
            ? $"<li>{encoder.Encode(e.ErrorMessage)}</li>"
            : $"<li><a href=\"#{FieldIds.For(e.Key)}\">{encoder.Encode(e.ErrorMessage)}</a></li>"));
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-error-summary");
        output.Attributes.SetAttribute("data-module", "govuk-error-summary");
        output.Content.SetHtmlContent(
            "<div role=\"alert\"><h2 class=\"govuk-error-summary__title\">There is a problem</h2>"
            + $"<div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">{items}</ul></div></div>");
    }

    /// <summary>"Input.Name", "Input.Email"… in the order the page model declares its bound properties.</summary>
    internal static IReadOnlyList<string> DeclaredFieldOrder(object? pageModel)
    {
        if (pageModel is null)
        {
            return [];
        }

        var keys = new List<string>();
        foreach (var bound in Declared(pageModel.GetType()).Where(p => p.IsDefined(typeof(Microsoft.AspNetCore.Mvc.BindPropertyAttribute), inherit: true)))
        {
            keys.Add(bound.Name);
            if (bound.PropertyType.IsClass && bound.PropertyType != typeof(string))
            {
                keys.AddRange(Declared(bound.PropertyType).Select(p => $"{bound.Name}.{p.Name}"));
            }
        }

        return keys;
    }

    private static IEnumerable<System.Reflection.PropertyInfo> Declared(Type type) =>
        type.GetProperties().OrderBy(p => p.DeclaringType == type ? 1 : 0).ThenBy(p => p.MetadataToken);
}
