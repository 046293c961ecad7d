namespace Audit.Workflows.Reporting;

public static class Percentages
{
    /// <summary>
    /// A whole percentage, rounded half away from zero as committees round (12.5% is 13%). Shares are never adjusted
    /// to make a set add up to 100.
    /// </summary>
    public static int Of(int count, int total) =>
        total == 0 ? 0 : (int)Math.Round(100m * count / total, 0, MidpointRounding.AwayFromZero);
}
