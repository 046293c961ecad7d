using System.Runtime.CompilerServices;

namespace Audit.Tests.Infrastructure;

internal static class TestEnvironment
{
    /// <summary>
    /// Every in-process app would otherwise watch its appsettings files for changes, taking an inotify instance
    /// each; Linux allows a user 128, and a parallel test run starts hundreds of apps. Tests never change settings
    /// files, so reloading is switched off (and any watcher that remains polls instead of using inotify).
    /// </summary>
    [ModuleInitializer]
    internal static void Initialise()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }
}
