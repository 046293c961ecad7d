using Audit.Tests.Infrastructure;

namespace Audit.Tests.Web;

/// <summary>The real process, started with a setting out of its range: it says which and stops, with no stack trace.</summary>
public sealed class StartupSettingsTests
{
    [Fact]
    public async Task AClaimTooShortForASend_StopsStartUp_WithOneLineNamingTheSettings()
    {
        var folder = Directory.CreateTempSubdirectory("audit-startup-");
        try
        {
            await using var instance = AuditWebProcess.Start("settings", new Dictionary<string, string>
            {
                ["ConnectionStrings:Audit"] = $"Data Source={Path.Combine(folder.FullName, "audit.db")}",
                ["Email:ClaimSeconds"] = "20",
                ["Email:Smtp:TimeoutSeconds"] = "30",
            });

            var exitCode = await instance.WaitForExitAsync(TimeSpan.FromSeconds(60));

            Assert.Equal(2, exitCode);
            Assert.Contains("Audit cannot start:", instance.Output, StringComparison.Ordinal);
            Assert.Contains("Email:ClaimSeconds", instance.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", instance.Output, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
