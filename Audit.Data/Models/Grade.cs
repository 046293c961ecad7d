namespace Audit.Data.Models;

/// <summary>
/// A grade on one of the two scales a tool can declare (<see cref="GradeScale"/>): the Ofsted four-point scale, best
/// first, or met / not met against a standard. Within a scale the numbers order grades: a higher number is a worse
/// grade. Grades are stored by name, so the values added for the standard left every existing row as it was.
/// </summary>
public enum Grade
{
    Outstanding = 1,
    Good = 2,
    RequiresImprovement = 3,
    Inadequate = 4,
    Met = 11,
    NotMet = 12,
}

/// <summary>
/// How a tool's sections and overall judgement are graded: the four Ofsted grades, or whether a standard was met (the
/// supervision audit: "85% of supervision met the standard of good quality and reflective").
/// </summary>
public enum GradeScale
{
    Ofsted,
    MetNotMet,
}

public static class GradeNames
{
    public static string Display(this Grade grade) => grade switch
    {
        Grade.Outstanding => "Outstanding",
        Grade.Good => "Good",
        Grade.RequiresImprovement => "Requires improvement to be good",
        Grade.Inadequate => "Inadequate",
        Grade.Met => "Met the standard",
        Grade.NotMet => "Did not meet the standard",
        _ => grade.ToString(),
    };

    /// <summary>The grades a scale offers, best first.</summary>
    public static IReadOnlyList<Grade> Grades(this GradeScale scale) => scale switch
    {
        GradeScale.MetNotMet => [Grade.Met, Grade.NotMet],
        _ => [Grade.Outstanding, Grade.Good, Grade.RequiresImprovement, Grade.Inadequate],
    };

    /// <summary>The scale a grade belongs to.</summary>
    public static GradeScale Scale(this Grade grade) => grade is Grade.Met or Grade.NotMet ? GradeScale.MetNotMet : GradeScale.Ofsted;

    public static bool IsOn(this Grade grade, GradeScale scale) => grade.Scale() == scale;

    /// <summary>The scale in words, for the tools pages.</summary>
    public static string Display(this GradeScale scale) => scale switch
    {
        GradeScale.MetNotMet => "Met or not met against the standard",
        _ => "Ofsted grades (outstanding to inadequate)",
    };
}
