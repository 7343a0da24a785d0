using System.Runtime.CompilerServices;

namespace Consultation.BrowserTests.Infrastructure;

/// <summary>
/// Every test site would otherwise watch appsettings files with inotify; dozens of sites in one run exhaust the
/// per-user limit (128 on Linux) and hosts fail to start. Tests never edit configuration files, so nothing is lost.
/// </summary>
internal static class NoConfigurationWatchers
{
    [ModuleInitializer]
    internal static void Disable() =>
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
}
