using Audit.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Audit.Web.Pages.Audits.Conversation;

/// <summary>Reading the times typed on the conversation forms: each problem is added for the command to report with its own.</summary>
public static class ConversationForm
{
    /// <summary>The time, or null: a time that cannot be read is an error here; a missing one is the service's to report.</summary>
    public static TimeOnly? ReadTime(ModelStateDictionary modelState, string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var time = TimeInput.Parse(text);
        if (time is null)
        {
            modelState.AddModelError($"Input.{field}", "Enter a real time, like 14:30");
        }

        return time;
    }
}
