namespace Consultation.BrowserTests.Infrastructure;

/// <summary>
/// Debian's Chromium, which the browser tests drive. Playwright's own browser download is never used: these machines
/// reach only the package registries, and test.sh installs the <c>chromium</c> package.
/// </summary>
public static class ChromiumInstallation
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static IReadOnlyList<string> Arguments { get; } =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking"];

    /// <summary>Fails loudly when Chromium is missing, so a machine without it can never report the browser tests as green.</summary>
    public static string Require()
    {
        if (File.Exists(ExecutablePath)) return ExecutablePath;
        throw new InvalidOperationException(
            $"Chromium was not found at {ExecutablePath}. The browser tests need Debian's chromium package: " +
            "run ./test.sh (it installs chromium and fonts-noto-cjk) or 'apt-get install -y chromium fonts-noto-cjk'. " +
            "Playwright's own browser download is not used on these machines.");
    }
}
