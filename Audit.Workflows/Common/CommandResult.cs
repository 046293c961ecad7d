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
