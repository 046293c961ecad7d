using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Audit.Web.TagHelpers;

/// <summary>&lt;govuk-input for="Input.Email" label="Email address" type="email" autocomplete="email" /&gt;</summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkInputTagHelper : GovUkFieldTagHelperBase
{
    public string Type { get; set; } = "text";
    public string? Autocomplete { get; set; }

    /// <summary>GOV.UK width class suffix: 2, 3, 4, 5, 10, 20, 30 or one-half etc.</summary>
    public string? Width { get; set; }

    public bool Spellcheck { get; set; } = true;
    public string? Inputmode { get; set; }
    public int? Maxlength { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var css = "govuk-input" + (Width is null ? string.Empty : Width.All(char.IsDigit) ? $" govuk-input--width-{Width}" : $" govuk-!-width-{Width}")
            + (ErrorMessage is null ? string.Empty : " govuk-input--error");
        var input = $"<input class=\"{css}\" id=\"{FieldId}\" name=\"{FieldName}\" type=\"{Type}\""
            + (Type == "password" ? string.Empty : Attr("value", CurrentValue))
            + Attr("autocomplete", Autocomplete)
            + Attr("inputmode", Inputmode)
            + (Maxlength is { } max ? $" maxlength=\"{max}\"" : string.Empty)
            + (Spellcheck ? string.Empty : " spellcheck=\"false\"")
            + DescribedBy() + ">";
        WrapInFormGroup(output, LabelHtml() + HintHtml() + ErrorHtml() + input);
    }
}

/// <summary>The GOV.UK password input, with its show/hide button.</summary>
[HtmlTargetElement("govuk-password", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkPasswordTagHelper : GovUkFieldTagHelperBase
{
    public string Autocomplete { get; set; } = "current-password";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var css = "govuk-input govuk-password-input__input govuk-js-password-input-input" + (ErrorMessage is null ? string.Empty : " govuk-input--error");
        var html = LabelHtml() + HintHtml() + ErrorHtml()
            + "<div class=\"govuk-input__wrapper govuk-password-input__wrapper\">"
            + $"<input class=\"{css}\" id=\"{FieldId}\" name=\"{FieldName}\" type=\"password\" spellcheck=\"false\" autocapitalize=\"none\""
            + Attr("autocomplete", Autocomplete) + DescribedBy() + ">"
            + $"<button type=\"button\" class=\"govuk-button govuk-button--secondary govuk-password-input__toggle govuk-js-password-input-toggle\" data-module=\"govuk-button\" aria-controls=\"{FieldId}\" aria-label=\"Show password\" hidden>Show</button>"
            + "</div>";
        WrapInFormGroup(output, html);
        output.Attributes.SetAttribute("data-module", "govuk-password-input");
        output.Attributes.SetAttribute("class", "govuk-form-group govuk-password-input" + (ErrorMessage is null ? string.Empty : " govuk-form-group--error"));
    }
}

/// <summary>&lt;govuk-textarea for="Input.Evidence" label="…" rows="8" /&gt;</summary>
[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkTextareaTagHelper : GovUkFieldTagHelperBase
{
    public int Rows { get; set; } = 5;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var css = "govuk-textarea" + (ErrorMessage is null ? string.Empty : " govuk-textarea--error");
        var textarea = $"<textarea class=\"{css}\" id=\"{FieldId}\" name=\"{FieldName}\" rows=\"{Rows}\"{DescribedBy()}>{Encoder.Encode(CurrentValue ?? string.Empty)}</textarea>";
        WrapInFormGroup(output, LabelHtml() + HintHtml() + ErrorHtml() + textarea);
    }
}
