namespace Audit.Workflows.Common;

/// <summary>
/// The outcome of a command: success, or the errors to show the person, keyed by the form field they belong to
/// (an empty key for errors about the whole form). Messages are in GOV.UK wording, ready to display.
/// </summary>
public sealed class CommandResult
{
    private readonly List<KeyValuePair<string, string>> errors = [];

    public bool Succeeded => errors.Count == 0;
    public IReadOnlyList<KeyValuePair<string, string>> Errors => errors;

    /// <summary>True when the command failed only because someone else changed the record first.</summary>
    public bool IsConcurrencyConflict { get; private init; }

    public static CommandResult Success { get; } = new();

    public static CommandResult Failure(string field, string message) => new CommandResult().AddError(field, message);

    public static CommandResult Conflict(string message) =>
        new CommandResult { IsConcurrencyConflict = true }.AddError(string.Empty, message);

    public CommandResult AddError(string field, string message)
    {
        errors.Add(new(field, message));
        return this;
    }

    /// <summary>
    /// What the form could not read (a date that is not a date, a choice not offered) together with the command's
    /// own errors, so the person sees every problem at once: one list, in the command's order (which follows the
    /// form), the form's message winning for a field both speak of. Any form error means nothing is saved.
    /// </summary>
    public static CommandResult WithFormErrors(CommandResult formErrors, CommandResult result)
    {
        if (formErrors.Succeeded)
        {
            return result;
        }

        var merged = new CommandResult { IsConcurrencyConflict = result.IsConcurrencyConflict };
        var pending = formErrors.Errors.ToList();
        foreach (var (field, message) in result.Errors)
        {
            var fromForm = pending.FindIndex(e => e.Key == field && !string.IsNullOrEmpty(field));
            if (fromForm >= 0)
            {
                merged.AddError(field, pending[fromForm].Value);
                pending.RemoveAt(fromForm);
            }
            else if (string.IsNullOrEmpty(field) || formErrors.Errors.All(e => e.Key != field))
            {
                merged.AddError(field, message);
            }
        }

        foreach (var (field, message) in pending)
        {
            merged.AddError(field, message);
        }

        return merged;
    }
}

/// <summary>A command result that carries a value on success.</summary>
public sealed class CommandResult<T>
{
    public CommandResult Outcome { get; }
    public T? Value { get; }
    public bool Succeeded => Outcome.Succeeded;

    private CommandResult(CommandResult outcome, T? value)
    {
        Outcome = outcome;
        Value = value;
    }

    public static CommandResult<T> Success(T value) => new(CommandResult.Success, value);
    public static CommandResult<T> Failure(CommandResult outcome) => new(outcome, default);
    public static CommandResult<T> Failure(string field, string message) => new(CommandResult.Failure(field, message), default);
}
