using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.ConsultationsAdmin;

public sealed class CommentModerationOnSqlite(SqliteSite site) : CommentModerationBehaviour(site), IClassFixture<SqliteSite>;
