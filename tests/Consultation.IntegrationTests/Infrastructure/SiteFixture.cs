namespace Consultation.IntegrationTests.Infrastructure;

/// <summary>A running site for a test class, or the reason it could not run (reported as a skip, never a pass).</summary>
public abstract class SiteFixture : IDisposable
{
    private readonly SiteFactory? _factory;

    protected SiteFixture(DatabaseUnderTest? database, string unavailableReason, Dictionary<string, string>? settings = null)
    {
        if (database is null)
        {
            UnavailableReason = unavailableReason;
            return;
        }
        _factory = new SiteFactory(database, settings: settings);
        _factory.CreateClient().Dispose(); // start the host: migrate and seed once per class
    }

    public string? UnavailableReason { get; }

    public SiteFactory Factory
    {
        get
        {
            Skip.If(_factory is null, UnavailableReason);
            return _factory!;
        }
    }

    public void Dispose()
    {
        _factory?.Dispose();
        GC.SuppressFinalize(this);
    }
}
