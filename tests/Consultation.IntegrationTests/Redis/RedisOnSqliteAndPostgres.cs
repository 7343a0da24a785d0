namespace Consultation.IntegrationTests.Redis;

// Two nodes on one database and one Redis: on SQLite, and on PostgreSQL when test.sh has started one.
public sealed class SharedRedisOnSqlite(TwoSqliteNodesOnRedis nodes) : SharedRedisBehaviour(nodes), IClassFixture<TwoSqliteNodesOnRedis>;
public sealed class SharedRedisOnPostgres(TwoPostgresNodesOnRedis nodes) : SharedRedisBehaviour(nodes), IClassFixture<TwoPostgresNodesOnRedis>;
