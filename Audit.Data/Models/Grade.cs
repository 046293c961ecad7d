namespace Audit.Data.Models;

/// <summary>The Ofsted four-point scale, best first. The numbers order grades: a higher number is a worse grade.</summary>
public enum Grade
{
    Outstanding = 1,
    Good = 2,
    RequiresImprovement = 3,
    Inadequate = 4,
}

public static class GradeNames
{
    public static string Display(this Grade grade) => grade switch
    {
        Grade.Outstanding => "Outstanding",
        Grade.Good => "Good",
        Grade.RequiresImprovement => "Requires improvement to be good",
        Grade.Inadequate => "Inadequate",
        _ => grade.ToString(),
    };
}
