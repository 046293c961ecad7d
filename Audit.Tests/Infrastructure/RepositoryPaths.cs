namespace Audit.Tests.Infrastructure;

public static class RepositoryPaths
{
    /// <summary>The repository root: the folder holding Audit.sln, found from the test binaries upwards.</summary>
    public static string Root { get; } = Find();

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Audit.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Could not find Audit.sln above " + AppContext.BaseDirectory);
    }
}
