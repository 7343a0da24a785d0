using System.Reflection;
using Consultation.Core;
using Consultation.Core.Review;
using Consultation.Infrastructure.Database;
using Consultation.Infrastructure.Review;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Hosting;

/// <summary>The layout promised in docs/architecture.md, checked so that a newcomer's first change keeps it.</summary>
public sealed class FeatureLayoutTests
{
    private static readonly Assembly Web = typeof(Program).Assembly;
    private static readonly string Root = Consultation.Web.Hosting.SiteRoot.Locate();

    /// <summary>Features with no rules or storage of their own, so with no Core or Infrastructure folder.</summary>
    private static readonly string[] WebOnlyFeatures = ["Accessibility", "Dashboard", "Captcha"];

    private static IEnumerable<Type> Controllers => Web.GetTypes()
        .Where(t => typeof(ControllerBase).IsAssignableFrom(t) && !t.IsAbstract);

    [Fact]
    public void Every_controller_sits_in_a_feature_slice_or_in_hosting()
    {
        var features = FeatureFolders();
        foreach (var controller in Controllers)
        {
            var ns = controller.Namespace ?? "";
            var parts = ns.Split('.');
            var inFeature = ns.StartsWith("Consultation.Web.Features.", StringComparison.Ordinal)
                            && features.Contains(parts[3]) && (parts.Length == 4 || parts is [_, _, _, _, "Admin"]);
            var inHosting = ns.StartsWith("Consultation.Web.Hosting", StringComparison.Ordinal);
            Assert.True(inFeature || inHosting, $"{controller.FullName} is outside Features/<Feature>[/Admin] and Hosting.");
        }
    }

    [Fact]
    public void No_controller_talks_to_the_database_directly()
    {
        var offenders = Controllers.Where(c => c.GetConstructors()
            .Any(k => k.GetParameters().Any(p => p.ParameterType == typeof(ConsultationDbContext)))).ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Web_features_use_the_same_words_as_core_and_infrastructure()
    {
        var web = Folders(Path.Combine(Root, "src", "Consultation.Web", "Features"));
        var core = Folders(Path.Combine(Root, "src", "Consultation.Core"));
        var infrastructure = Folders(Path.Combine(Root, "src", "Consultation.Infrastructure"));

        Assert.Empty(web.Except(core.Union(infrastructure)).Except(WebOnlyFeatures));
        Assert.Empty(core.Except(web));
        Assert.False(Directory.Exists(Path.Combine(Root, "src", "Consultation.Web", "Admin")));
        Assert.False(Directory.Exists(Path.Combine(Root, "src", "Consultation.Web", "Public")));
    }

    [Fact]
    public void Views_mirror_the_feature_slices_with_no_doubled_folders()
    {
        var features = FeatureFolders();
        foreach (var folder in Folders(Path.Combine(Root, "views")).Where(f => f != "Shared"))
        {
            Assert.Contains(folder, features);
            var inner = Folders(Path.Combine(Root, "views", folder));
            Assert.True(inner.All(f => f == "Admin"), $"views/{folder} has folders other than Admin: {string.Join(", ", inner)}");
        }
    }

    [Fact]
    public void Every_aggregate_under_review_has_a_reviewed_kind()
    {
        using var site = new SiteFactory(DatabaseUnderTest.NewSqlite());
        using var scope = site.Services.CreateScope();
        var kinds = scope.ServiceProvider.GetServices<ReviewedKind>().ToList();
        var reviewed = typeof(AggregateRoot).Assembly.GetTypes()
            .SelectMany(t => t.GetProperties().Where(p => p.PropertyType == typeof(ReviewWorkflow)).Select(_ => t)).ToList();

        Assert.NotEmpty(reviewed);
        foreach (var type in reviewed.Distinct())
        {
            var expected = reviewed.Count(t => t == type);
            var found = kinds.Count(k => ItemTypeOf(k.GetType()) == type);
            Assert.True(found == expected, $"{type.Name} has {expected} workflow(s) but {found} reviewed kind(s).");
        }
        Assert.Equal(kinds.Count, kinds.Select(k => k.Key).Distinct().Count());
    }

    /// <summary>The aggregate a reviewed kind moves: the argument of the <see cref="ReviewedKind{T}"/> it derives from.</summary>
    private static Type? ItemTypeOf(Type kind)
    {
        for (var t = kind; t is not null; t = t.BaseType)
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(ReviewedKind<>)) return t.GetGenericArguments()[0];
        return null;
    }

    private static HashSet<string> FeatureFolders() =>
        Folders(Path.Combine(Root, "src", "Consultation.Web", "Features")).ToHashSet();

    private static List<string> Folders(string path) => Directory.GetDirectories(path).Select(Path.GetFileName)
        .OfType<string>().Where(n => n is not ("bin" or "obj")).ToList();
}
