using Audit.Web.Infrastructure;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Audit.Web.TagHelpers;

/// <summary>
/// &lt;govuk-date-input for="Input.DueDate" label="New due date" hint="For example, 27 3 2027" /&gt; bound to a
/// <see cref="DateInput"/>. The day box carries the field's own id so the error summary link lands on it.
/// </summary>
[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkDateInputTagHelper : GovUkFieldTagHelperBase
{
    public string LegendSize { get; set; } = "s";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var model = For.Model as DateInput ?? new DateInput();
        var error = ErrorMessage is not null;
        string Box(string part, string label, string? value, int width, string id)
        {
            var name = $"{FieldName}.{part}";
            var typed = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.AttemptedValue is not null ? entry.AttemptedValue : value;
            return "<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\">"
                + $"<label class=\"govuk-label govuk-date-input__label\" for=\"{id}\">{label}</label>"
                + $"<input class=\"govuk-input govuk-date-input__input govuk-input--width-{width}{(error ? " govuk-input--error" : string.Empty)}\" id=\"{id}\" name=\"{name}\" type=\"text\" inputmode=\"numeric\"{Attr("value", typed)}>"
                + "</div></div>";
        }

        var legend = $"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--{LegendSize}\">{Encoder.Encode(LabelText)}</legend>";
        var html = $"<fieldset class=\"govuk-fieldset\" role=\"group\"{DescribedBy()}>{legend}{HintHtml()}{ErrorHtml()}"
            + $"<div class=\"govuk-date-input\" id=\"{FieldId}-group\">"
            + Box("Day", "Day", model.Day, 2, FieldId)
            + Box("Month", "Month", model.Month, 2, $"{FieldId}_Month")
            + Box("Year", "Year", model.Year, 4, $"{FieldId}_Year")
            + "</div></fieldset>";
        WrapInFormGroup(output, html);
    }
}
