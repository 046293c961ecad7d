using Audit.Web.Infrastructure;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Audit.Web.TagHelpers;

/// <summary>
/// &lt;govuk-date-input for="Input.DueDate" label="Due date" hint="For example, 27 3 2026" /&gt; bound to
/// <see cref="DateParts"/>. The day box carries the field's own id, so the error summary link lands on it.
/// </summary>
[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkDateInputTagHelper : GovUkFieldTagHelperBase
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var parts = For.Model as DateParts;
        var error = ErrorMessage is null ? string.Empty : " govuk-input--error";
        string Box(string part, string label, string? value, int width, bool first) =>
            "<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\">"
            + $"<label class=\"govuk-label govuk-date-input__label\" for=\"{(first ? FieldId : $"{FieldId}_{part}")}\">{label}</label>"
            + $"<input class=\"govuk-input govuk-date-input__input govuk-input--width-{width}{error}\" id=\"{(first ? FieldId : $"{FieldId}_{part}")}\" name=\"{FieldName}.{part}\" type=\"text\" inputmode=\"numeric\""
            + Attr("value", Typed(part) ?? value) + "></div></div>";

        var legend = $"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--{(IsPageHeading ? "l" : "s")}\">{Encoder.Encode(LabelText)}</legend>";
        var html = $"<fieldset class=\"govuk-fieldset\" role=\"group\"{DescribedBy()}>{legend}{HintHtml()}{ErrorHtml()}"
            + $"<div class=\"govuk-date-input\" id=\"{FieldId}-group\">"
            + Box("Day", "Day", parts?.Day, 2, first: true)
            + Box("Month", "Month", parts?.Month, 2, first: false)
            + Box("Year", "Year", parts?.Year, 4, first: false)
            + "</div></fieldset>";
        WrapInFormGroup(output, html);
    }

    private string? Typed(string part) =>
        ViewContext.ViewData.ModelState.TryGetValue($"{FieldName}.{part}", out var entry) ? entry.AttemptedValue : null;
}
