using Consultation.IntegrationTests.Infrastructure;
using StackExchange.Redis;

namespace Consultation.IntegrationTests.Redis;

/// <summary>
/// Two site hosts — two nodes — on one database and one live Redis server (<c>CONSULTATION_TEST_REDIS</c>, which
/// test.sh sets after starting a throw-away <c>redis-server</c>), or the reason they cannot run, reported as a skip.
/// Each fixture works in a Redis logical database of its own, emptied first, so the SQLite and PostgreSQL runs,
/// which go on side by side, never see each other's counters or pages.
/// </summary>
public abstract class TwoNodesOnRedis : IDisposable
{
    public const string RedisVariable = "CONSULTATION_TEST_REDIS";

    /// <summary>Receipt lookups per address and window on both nodes: small, so a test can fill the window.</summary>
    public const int LookupLimit = 3;

    private readonly SiteFactory? _a;
    private readonly SiteFactory? _b;
    private readonly string? _unavailable;

    protected TwoNodesOnRedis(Func<DatabaseUnderTest?> newDatabase, string databaseMissing, int redisDatabase)
    {
        var server = Environment.GetEnvironmentVariable(RedisVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            _unavailable = $"Redis not available: {RedisVariable} is not set (test.sh starts a throw-away redis-server and sets it).";
            return;
        }
        var database = newDatabase();
        if (database is null)
        {
            _unavailable = databaseMissing;
            return;
        }
        Redis = ConnectionMultiplexer.Connect($"{server},allowAdmin=true,defaultDatabase={redisDatabase}");
        Redis.GetServers()[0].FlushDatabase(redisDatabase);
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Redis"] = $"{server},defaultDatabase={redisDatabase}",
            ["Throttling:LookupPermitLimit"] = LookupLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Throttling:LookupWindowSeconds"] = "600",
        };
        // A migrates and seeds; B starts on the same database as a second node would. B drops the database at the end.
        _a = new SiteFactory(database, dropOnDispose: false, settings: settings);
        _a.CreateClient().Dispose();
        _b = new SiteFactory(database, settings: settings);
        _b.CreateClient().Dispose();
    }

    public SiteFactory A => Started(_a);

    public SiteFactory B => Started(_b);

    /// <summary>The test's own view of the shared server, on the fixture's logical database.</summary>
    public ConnectionMultiplexer? Redis { get; }

    public IDatabase Keys => Started(Redis).GetDatabase();

    /// <summary>The keys under <paramref name="prefix"/>, as the nodes wrote them.</summary>
    public IReadOnlyList<string> KeysUnder(string prefix)
    {
        var server = Started(Redis).GetServers()[0];
        return [.. server.Keys(Keys.Database, prefix + "*").Select(k => k.ToString())];
    }

    private T Started<T>(T? value) where T : class
    {
        Skip.If(value is null, _unavailable);
        return value!;
    }

    public void Dispose()
    {
        _b?.Dispose();
        _a?.Dispose();
        Redis?.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class TwoSqliteNodesOnRedis() : TwoNodesOnRedis(DatabaseUnderTest.NewSqlite, "", redisDatabase: 1);

public sealed class TwoPostgresNodesOnRedis() : TwoNodesOnRedis(DatabaseUnderTest.NewPostgres,
    $"PostgreSQL not available: {DatabaseUnderTest.PostgresVariable} is not set (test.sh sets it when it can start a server).",
    redisDatabase: 2);
