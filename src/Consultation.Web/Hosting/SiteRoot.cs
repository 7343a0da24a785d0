using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace Consultation.Web.Hosting;

/// <summary>
/// Views, wwwroot and appsettings.json sit at the repository's top level (DESIGN.md §3). At start-up we find that
/// folder — the one holding Consultation.sln, or <c>SITE_ROOT</c>, or the app folder after publish — and point the
/// web root, settings and App_Data at it, so <c>dotnet run</c>, <c>dotnet test</c> and a published app agree.
/// </summary>
public static class SiteRoot
{
    public static string Locate()
    {
        var configured = Environment.GetEnvironmentVariable("SITE_ROOT");
        if (!string.IsNullOrWhiteSpace(configured)) return Path.GetFullPath(configured);
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Consultation.sln"))) return dir.FullName;
            }
        }
        return AppContext.BaseDirectory;
    }

    public static WebApplicationBuilder UseSiteRoot(this WebApplicationBuilder builder)
    {
        var root = Locate();
        builder.Configuration["Site:Root"] = root;
        var webRoot = Path.Combine(root, "wwwroot");
        builder.Environment.WebRootPath = webRoot;
        builder.Environment.WebRootFileProvider = new PhysicalFileProvider(webRoot);

        // Top-level settings go first so environment variables, command line and tests still override them.
        var env = builder.Environment.EnvironmentName;
        builder.Configuration.Sources.Insert(0, JsonSource(Path.Combine(root, $"appsettings.{env}.json")));
        builder.Configuration.Sources.Insert(0, JsonSource(Path.Combine(root, "appsettings.json")));
        return builder;
    }

    private static JsonConfigurationSource JsonSource(string path)
    {
        var source = new JsonConfigurationSource { Path = Path.GetFileName(path), Optional = true, ReloadOnChange = false };
        source.FileProvider = new PhysicalFileProvider(Path.GetDirectoryName(path)!);
        return source;
    }
}
