using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Audit.Web.TagHelpers;

/// <summary>&lt;govuk-select for="Input.TeamId" label="Team" items="Model.Teams" /&gt;</summary>
[HtmlTargetElement("govuk-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovUkSelectTagHelper : GovUkFieldTagHelperBase
{
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    /// <summary>Text of a first, empty option ("Select a team"); none when null.</summary>
    public string? Placeholder { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var current = CurrentValue;
        var css = "govuk-select" + (ErrorMessage is null ? string.Empty : " govuk-select--error");
        var options = (Placeholder is null ? string.Empty : $"<option value=\"\">{Encoder.Encode(Placeholder)}</option>")
            + string.Concat(Items.Select(i =>
                $"<option value=\"{Encoder.Encode(i.Value ?? string.Empty)}\"{(i.Value == current ? " selected" : string.Empty)}>{Encoder.Encode(i.Text)}</option>"));
        var select = $"<select class=\"{css}\" id=\"{FieldId}\" name=\"{FieldName}\"{DescribedBy()}>{options}</select>";
        WrapInFormGroup(output, LabelHtml() + HintHtml() + ErrorHtml() + select);
    }
}

/// <summary>Radios or checkboxes in a fieldset with a legend.</summary>
public abstract class GovUkChoicesTagHelperBase : GovUkFieldTagHelperBase
{
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    /// <summary>Legend size class suffix: s, m, l or xl.</summary>
    public string LegendSize { get; set; } = "m";

    public bool Small { get; set; }

    protected abstract string Kind { get; }

    protected abstract ISet<string> SelectedValues();

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        // Child <govuk-conditional value="…"> elements hand their content over to sit under their option.
        var conditionals = new Dictionary<string, string>(StringComparer.Ordinal);
        context.Items[typeof(GovUkConditionalTagHelper)] = conditionals;
        await output.GetChildContentAsync();
        var selected = SelectedValues();
        var items = Items.ToList();
        var legendClass = IsPageHeading ? "govuk-fieldset__legend govuk-fieldset__legend--l" : $"govuk-fieldset__legend govuk-fieldset__legend--{LegendSize}";
        var legend = IsPageHeading
            ? $"<legend class=\"{legendClass}\"><h1 class=\"govuk-fieldset__heading\">{Encoder.Encode(LabelText)}</h1></legend>"
            : $"<legend class=\"{legendClass}\">{Encoder.Encode(LabelText)}</legend>";
        var choices = string.Concat(items.Select((item, index) =>
        {
            // The first option carries the field's own id so the error summary link lands on it.
            var id = index == 0 ? FieldId : $"{FieldId}-{index + 1}";
            var isChecked = selected.Contains(item.Value ?? string.Empty) ? " checked" : string.Empty;
            var disabled = item.Disabled ? " disabled" : string.Empty;
            var conditional = conditionals.TryGetValue(item.Value ?? string.Empty, out var reveal) ? reveal : null;
            // aria-controls is valid on every role; aria-expanded is not valid on a radio (axe aria-allowed-attr), so our
            // own "app-reveal" module shows and hides the fields instead of govuk-frontend's, which sets aria-expanded.
            var controls = conditional is null ? string.Empty : $" aria-controls=\"conditional-{id}\"";
            // Without JavaScript every conditional stays shown (the hidden class applies only once scripts have started).
            var revealed = conditional is null ? string.Empty
                : $"<div class=\"govuk-{Kind}__conditional{(isChecked.Length == 0 ? $" govuk-{Kind}__conditional--hidden" : string.Empty)}\" id=\"conditional-{id}\">{conditional}</div>";
            return $"<div class=\"govuk-{Kind}__item\"><input class=\"govuk-{Kind}__input\" id=\"{id}\" name=\"{FieldName}\" type=\"{(Kind == "radios" ? "radio" : "checkbox")}\" value=\"{Encoder.Encode(item.Value ?? string.Empty)}\"{isChecked}{disabled}{controls}>"
                + $"<label class=\"govuk-label govuk-{Kind}__label\" for=\"{id}\">{Encoder.Encode(item.Text)}</label></div>" + revealed;
        }));
        var module = conditionals.Count == 0 ? $"govuk-{Kind}" : "app-reveal";
        var html = $"<fieldset class=\"govuk-fieldset\"{DescribedBy()}>{legend}{HintHtml()}{ErrorHtml()}"
            + $"<div class=\"govuk-{Kind}{(Small ? $" govuk-{Kind}--small" : string.Empty)}\" data-module=\"{module}\">{choices}</div></fieldset>";
        WrapInFormGroup(output, html);
    }
}

/// <summary>&lt;govuk-radios for="Input.Grade" label="Grade" items="…" /&gt;</summary>
[HtmlTargetElement("govuk-radios")]
public sealed class GovUkRadiosTagHelper : GovUkChoicesTagHelperBase
{
    protected override string Kind => "radios";

    protected override ISet<string> SelectedValues() =>
        CurrentValue is { } value ? new HashSet<string> { value } : new HashSet<string>();
}

/// <summary>&lt;govuk-checkboxes for="Input.Roles" label="Roles" items="…" /&gt; bound to a collection of strings.</summary>
[HtmlTargetElement("govuk-checkboxes")]
public sealed class GovUkCheckboxesTagHelper : GovUkChoicesTagHelperBase
{
    protected override string Kind => "checkboxes";

    protected override ISet<string> SelectedValues()
    {
        if (ViewContext.ViewData.ModelState.TryGetValue(FieldName, out var entry) && entry.RawValue is not null)
        {
            return entry.RawValue switch
            {
                string[] values => values.ToHashSet(),
                string value => new HashSet<string> { value },
                _ => new HashSet<string>(),
            };
        }

        return For.Model is IEnumerable<string> model ? model.ToHashSet() : new HashSet<string>();
    }
}

/// <summary>
/// &lt;govuk-conditional value="Declined"&gt;…&lt;/govuk-conditional&gt; inside govuk-radios or govuk-checkboxes: fields
/// revealed under that option (GOV.UK conditional reveal). They stay on the page without JavaScript, so the server
/// reads only the chosen option's fields.
/// </summary>
[HtmlTargetElement("govuk-conditional", ParentTag = "govuk-radios")]
[HtmlTargetElement("govuk-conditional", ParentTag = "govuk-checkboxes")]
public sealed class GovUkConditionalTagHelper : TagHelper
{
    public string Value { get; set; } = string.Empty;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        ((Dictionary<string, string>)context.Items[typeof(GovUkConditionalTagHelper)])[Value] = content.GetContent();
        output.SuppressOutput();
    }
}
