using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Media;

public sealed class MediaLibraryOnSqlite(SqliteSite site) : MediaLibraryBehaviour(site), IClassFixture<SqliteSite>;
