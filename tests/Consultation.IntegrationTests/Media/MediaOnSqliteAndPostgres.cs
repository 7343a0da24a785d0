using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Media;

// Every media behaviour runs on SQLite and, when test.sh has started one, on PostgreSQL.
public sealed class MediaLibraryOnSqlite(SqliteSite site) : MediaLibraryBehaviour(site), IClassFixture<SqliteSite>;
public sealed class MediaLibraryOnPostgres(PostgresSite site) : MediaLibraryBehaviour(site), IClassFixture<PostgresSite>;
