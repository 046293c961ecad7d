using Audit.Data.Models;
using Audit.Workflows.Grading;
using Microsoft.AspNetCore.Mvc;

namespace Audit.Web.Pages.Audits.Record;

/// <summary>Check your answers, then submit: the workflow decides whether the audit is moderated.</summary>
public sealed class CheckModel(AuditFormService forms) : RecordPageModel(forms)
{
    public override string Heading => Refusal is null ? "Check your answers before submitting the audit" : "The audit's answers";

    /// <summary>The cards after the sections': each part of the record, with "Change" while the form is editable.</summary>
    public IReadOnlyList<CheckCard> Cards()
    {
        var record = Form.Record;
        string? Change(string step) => Refusal is null ? $"/audits/{Id}/record/{step}" : null;
        return
        [
            new("feedback", "Child and family feedback", Change("feedback"),
            [
                ("Feedback sought", YesNoText(record.FeedbackSought)),
                ("Sought from", Or(record.FeedbackSoughtFrom, "Not given")),
                ("Feedback obtained", record.FeedbackSought == true ? YesNoText(record.FeedbackObtained) : "Not given"),
                ("What they said", Or(record.FeedbackSummary, "Not given")),
                ("Why not", Or(record.FeedbackNotObtainedReason, "Not given")),
            ]),
            new("discussion", "Discussion with the practitioner", Change("discussion"),
            [
                ("Discussed with the practitioner", YesNoText(record.DiscussionHeld)),
                ("Date", record.DiscussionDate is { } date ? UkDisplay.Date(date) : "Not given"),
                ("The practitioner's view", Or(record.PractitionerView, "Not given")),
                ("Why not", Or(record.DiscussionNotHeldReason, "Not given")),
            ]),
            new("strengths", "Strengths, areas for development and themes", Change("strengths"),
            [
                ("Strengths", Or(record.Strengths)),
                ("Areas for development", Or(record.AreasForDevelopment)),
                ("Learning themes", Form.ChosenThemes.Count == 0 ? "None chosen" : string.Join(", ", Form.ChosenThemes.Select(t => t.Name))),
            ]),
            new("actions", "Corrective actions", Change("actions"),
                Form.Actions.Count == 0
                    ? [("Actions", "None")]
                    : Form.Actions.Select(a => (a.Description, $"For {ActionsModel.ForChoices.First(c => c.Value == a.For.ToString()).Text.ToLowerInvariant()}, owned by {a.Owner?.FullName}, due {UkDisplay.Date(a.DueDate)}")).ToList()),
            new("overall", "Overall grade", Change("overall"),
            [
                ("Overall grade", Or(record.OverallGrade?.Display())),
                ("Reasons", Or(record.OverallRationale)),
                .. record.GradeDifferenceReason is { } why ? [("Why it is better than the lowest section grade", why)] : Array.Empty<(string, string)>(),
            ]),
        ];
    }

    private static string Or(string? value, string fallback = "Not answered") => string.IsNullOrWhiteSpace(value) ? fallback : value;

    private static string YesNoText(bool? value) => value switch { true => "Yes", false => "No", null => "Not answered" };

    /// <summary>Why the submission was refused: everything missing, each on its own line of the error summary.</summary>
    public IReadOnlyList<string> SubmitErrors { get; private set; } = [];

    public Task<IActionResult> OnGetAsync() => ShowAsync(() => { });

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (Refusal is not null)
        {
            return Page();
        }

        var result = await Forms.SubmitAsync(Id, Version, CurrentStaffId);
        if (result.Succeeded)
        {
            // Reloaded to tell the auditor what the workflow decided about moderation.
            var submitted = (await Forms.LoadAsync(Id, CurrentStaffId))!.Audit;
            var moderation = submitted.ModerationRequired switch
            {
                true => $" It will be moderated: {submitted.ModerationReason}",
                false => $" It does not need moderation: {submitted.ModerationReason}",
                null => string.Empty,
            };
            return RedirectWithSuccess($"Audit {submitted.Reference} submitted.{moderation}", "/Audits/DeepDive/Index", new { id = Id });
        }

        if (result.IsConcurrencyConflict)
        {
            Version = Form.Audit.Version;
        }

        SubmitErrors = result.Errors.Select(e => e.Value).ToList();
        return Page();
    }
}
