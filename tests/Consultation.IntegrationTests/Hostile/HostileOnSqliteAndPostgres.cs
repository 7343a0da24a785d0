using Consultation.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Consultation.IntegrationTests.Hostile;

// The full sweep on SQLite; every fifth case on PostgreSQL when test.sh has started one (same code, other SQL), or
// every case when CONSULTATION_HOSTILE_FULL=1 (a run by hand: about three times as long).
public sealed class HostileSweepOnSqlite(HostileSqliteSite site, ITestOutputHelper output)
    : HostileSweepBehaviour(site, output), IClassFixture<HostileSqliteSite>
{
    protected override int Stride => 1;
}

public sealed class HostileSweepOnPostgres(HostilePostgresSite site, ITestOutputHelper output)
    : HostileSweepBehaviour(site, output), IClassFixture<HostilePostgresSite>
{
    protected override int Stride => Environment.GetEnvironmentVariable("CONSULTATION_HOSTILE_FULL") == "1" ? 1 : 5;
}

// Every hostile file to every upload endpoint, on both databases (the files are the same; the stored rows are not).
public sealed class HostileUploadsOnSqlite(HostileSqliteSite site, ITestOutputHelper output)
    : HostileUploadsBehaviour(site, output), IClassFixture<HostileSqliteSite>;

public sealed class HostileUploadsOnPostgres(HostilePostgresSite site, ITestOutputHelper output)
    : HostileUploadsBehaviour(site, output), IClassFixture<HostilePostgresSite>;

// The two 500s the full PostgreSQL sweep found, kept as a regression test on both databases.
public sealed class PageOverflowOnSqlite(HostileSqliteSite site) : PageOverflowBehaviour(site), IClassFixture<HostileSqliteSite>;

public sealed class PageOverflowOnPostgres(HostilePostgresSite site) : PageOverflowBehaviour(site), IClassFixture<HostilePostgresSite>;
