using Microsoft.Extensions.Configuration;
using StackExchange.Redis;

namespace Consultation.Infrastructure.Redis;

/// <summary>
/// The Redis server the nodes share when <c>ConnectionStrings:Redis</c> is set: rate-limit counters and spent captcha
/// answers live there so every node sees the same counts. Without it, <see cref="Database"/> is null and each user of it
/// falls back to its single-node store (memory, or the database table for spent answers).
/// </summary>
public sealed class SharedRedis : IDisposable
{
    public const string ConnectionName = "Redis";

    private readonly Lazy<ConnectionMultiplexer>? _connection;

    public SharedRedis(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionName);
        if (!string.IsNullOrWhiteSpace(connectionString))
            _connection = new Lazy<ConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(connectionString));
    }

    public bool IsConfigured => _connection is not null;

    /// <summary>Connects on first use, so a site without Redis never tries and a site with it fails loudly if it is down.</summary>
    public IDatabase? Database => _connection?.Value.GetDatabase();

    public void Dispose()
    {
        if (_connection is { IsValueCreated: true }) _connection.Value.Dispose();
    }
}
