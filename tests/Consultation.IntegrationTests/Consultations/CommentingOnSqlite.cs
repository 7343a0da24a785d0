using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Consultations;

public sealed class CommentingOnSqlite(SqliteSite site) : CommentingBehaviour(site), IClassFixture<SqliteSite>;
