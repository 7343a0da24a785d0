namespace Consultation.BrowserTests.Infrastructure;

/// <summary><c>TestResults/screenshots/</c> at the repository root (the folder holding Consultation.sln).</summary>
public static class ScreenshotFolder
{
    public static string Path { get; } = Locate();

    public static string File(string name) => System.IO.Path.Combine(Path, name);

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "Consultation.sln")))
                return Directory.CreateDirectory(System.IO.Path.Combine(dir.FullName, "TestResults", "screenshots")).FullName;
        }
        throw new InvalidOperationException($"No Consultation.sln above {AppContext.BaseDirectory}.");
    }
}
