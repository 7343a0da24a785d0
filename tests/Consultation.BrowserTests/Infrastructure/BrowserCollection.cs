namespace Consultation.BrowserTests.Infrastructure;

/// <summary>All browser tests share one site and one Chromium (see <see cref="BrowserSite"/>).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "Browser";
}
