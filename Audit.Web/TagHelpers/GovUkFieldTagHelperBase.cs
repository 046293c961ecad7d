using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Audit.Web.TagHelpers;

/// <summary>
/// The shared parts of the GOV.UK form-field tag helpers: the form-group wrapper, label, hint and error message,
/// with ids that the error summary links to.
/// </summary>
public abstract class GovUkFieldTagHelperBase : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = default!;

    [HtmlAttributeName("label")]
    public string? Label { get; set; }

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    /// <summary>Make the label (or legend) the page's h1, as GOV.UK does for one-question pages.</summary>
    [HtmlAttributeName("is-page-heading")]
    public bool IsPageHeading { get; set; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = default!;

    protected static HtmlEncoder Encoder => HtmlEncoder.Default;

    protected string FieldName => ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);

    protected string FieldId => FieldIds.For(FieldName);

    protected string? ErrorMessage
    {
        get
        {
            var state = ViewContext.ViewData.ModelState.TryGetValue(FieldName, out var entry) ? entry : null;
            return state is { ValidationState: ModelValidationState.Invalid, Errors.Count: > 0 } ? state.Errors[0].ErrorMessage : null;
        }
    }

    /// <summary>The value to show: what the person typed if the form was re-shown, else the model's value.</summary>
    protected string? CurrentValue
    {
        get
        {
            if (ViewContext.ViewData.ModelState.TryGetValue(FieldName, out var entry) && entry.AttemptedValue is not null)
            {
                return entry.AttemptedValue;
            }

            return For.Model switch
            {
                null => null,
                DateOnly d => d.ToString("d/M/yyyy", System.Globalization.CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
                var other => other.ToString(),
            };
        }
    }

    protected string LabelText => Label ?? For.Metadata.DisplayName ?? For.Name;

    protected string DescribedBy(params string?[] extra)
    {
        var ids = new List<string>();
        if (Hint is not null)
        {
            ids.Add(FieldId + "-hint");
        }

        if (ErrorMessage is not null)
        {
            ids.Add(FieldId + "-error");
        }

        ids.AddRange(extra.Where(e => e is not null)!);
        return ids.Count == 0 ? string.Empty : $" aria-describedby=\"{string.Join(' ', ids)}\"";
    }

    protected string LabelHtml()
    {
        var label = $"<label class=\"govuk-label{(IsPageHeading ? " govuk-label--l" : string.Empty)}\" for=\"{FieldId}\">{Encoder.Encode(LabelText)}</label>";
        return IsPageHeading ? $"<h1 class=\"govuk-label-wrapper\">{label}</h1>" : label;
    }

    protected string HintHtml() =>
        Hint is null ? string.Empty : $"<div id=\"{FieldId}-hint\" class=\"govuk-hint\">{Encoder.Encode(Hint)}</div>";

    protected string ErrorHtml() =>
        ErrorMessage is not { } message ? string.Empty
            : $"<p id=\"{FieldId}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {Encoder.Encode(message)}</p>";

    protected void WrapInFormGroup(TagHelperOutput output, string innerHtml)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-form-group" + (ErrorMessage is null ? string.Empty : " govuk-form-group--error"));
        output.Content.SetHtmlContent(innerHtml);
    }

    protected static string Attr(string name, string? value) =>
        value is null ? string.Empty : $" {name}=\"{Encoder.Encode(value)}\"";
}

public static class FieldIds
{
    /// <summary>"Input.Email" becomes "Input_Email": the id of the field and of the error summary's link.</summary>
    public static string For(string fieldName) => TagBuilder.CreateSanitizedId(fieldName, "_");
}
