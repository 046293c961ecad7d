using Audit.Workflows.Common;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Audit.Web.TagHelpers;

/// <summary>
/// The GOV.UK date input: &lt;govuk-date for="Input.Date" label="Date" hint="For example, 27 3 2028" /&gt; bound to a
/// <see cref="DateInput"/> (day, month and year boxes). The error for the date is keyed on the property itself
/// ("Input.Date"), and the day box carries its id so the error summary's link lands there.
/// </summary>
[HtmlTargetElement("govuk-date", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkDateTagHelper : GovUkFieldTagHelperBase
{
    /// <summary>Legend size class suffix: s, m, l or xl.</summary>
    public string LegendSize { get; set; } = "s";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var model = For.Model as DateInput;
        var items = string.Concat(
            Item(nameof(DateInput.Day), "Day", model?.Day, width: 2, first: true),
            Item(nameof(DateInput.Month), "Month", model?.Month, width: 2, first: false),
            Item(nameof(DateInput.Year), "Year", model?.Year, width: 4, first: false));
        var legendClass = IsPageHeading ? "govuk-fieldset__legend govuk-fieldset__legend--l" : $"govuk-fieldset__legend govuk-fieldset__legend--{LegendSize}";
        var legend = IsPageHeading
            ? $"<legend class=\"{legendClass}\"><h1 class=\"govuk-fieldset__heading\">{Encoder.Encode(LabelText)}</h1></legend>"
            : $"<legend class=\"{legendClass}\">{Encoder.Encode(LabelText)}</legend>";
        var html = $"<fieldset class=\"govuk-fieldset\" role=\"group\"{DescribedBy()}>{legend}{HintHtml()}{ErrorHtml()}"
            + $"<div class=\"govuk-date-input\" id=\"{FieldId}-input\">{items}</div></fieldset>";
        WrapInFormGroup(output, html);
    }

    private string Item(string part, string label, string? modelValue, int width, bool first)
    {
        var name = $"{FieldName}.{part}";
        var id = first ? FieldId : $"{FieldId}-{part.ToLowerInvariant()}";
        var value = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.AttemptedValue is not null ? entry.AttemptedValue : modelValue;
        var css = $"govuk-input govuk-date-input__input govuk-input--width-{width}" + (ErrorMessage is null ? string.Empty : " govuk-input--error");
        return "<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\">"
            + $"<label class=\"govuk-label govuk-date-input__label\" for=\"{id}\">{label}</label>"
            + $"<input class=\"{css}\" id=\"{id}\" name=\"{name}\" type=\"text\" inputmode=\"numeric\"{Attr("value", value)}>"
            + "</div></div>";
    }
}
