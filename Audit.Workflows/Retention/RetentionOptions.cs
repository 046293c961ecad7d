namespace Audit.Workflows.Retention;

/// <summary>Settings under "Retention" in configuration.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>
    /// Years after an audit is closed (or cancelled) before its free text is removed; grades, dates and who did what
    /// are kept for reports. Empty (the default) means the rule never runs by itself; the dry run still answers.
    /// </summary>
    public int? YearsAfterClosure { get; set; }

    /// <summary>How often the scheduler applies the rule, in hours, when <see cref="YearsAfterClosure"/> is set.</summary>
    public int IntervalHours { get; set; } = 24;
}
