using Audit.Data.Models;

namespace Audit.Workflows.Reporting;

/// <summary>
/// Which audits are reported against a standard rather than by grade: those whose tool version declares the met / not
/// met scale (the supervision audit asks whether supervision was "of good quality and reflective"). The standard is
/// met when the final grade is "met the standard"; a grade given on the Ofsted scale before the tool declared its scale
/// counts as met when it is good or outstanding, so older audits still report.
/// </summary>
public static class StandardPolicy
{
    public static bool IsJudgedAgainstStandard(GradeScale scale) => scale == GradeScale.MetNotMet;

    public static bool MeetsStandard(Grade grade) => grade is Grade.Met or Grade.Good or Grade.Outstanding;

    /// <summary>
    /// Which way moderation moved a grade: above zero raised (better than the auditor's), below zero lowered, zero
    /// agreed. On one scale the grades are compared ("not met" to "met" is raised); an Ofsted grade given before the
    /// tool declared met / not met is compared by whether it meets the standard, so "good" to "met" is agreed.
    /// <see cref="Feeds.FeedQueries.ModerationRows"/> writes the same rule for the database.
    /// </summary>
    public static int Movement(Grade given, Grade final) =>
        OnStandardScale(given) == OnStandardScale(final)
            ? ((int)given).CompareTo((int)final)
            : MeetsStandard(final).CompareTo(MeetsStandard(given));

    private static bool OnStandardScale(Grade grade) => grade is Grade.Met or Grade.NotMet;
}
