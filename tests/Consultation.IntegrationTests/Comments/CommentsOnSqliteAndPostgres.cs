using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Comments;

// Every comments behaviour runs on SQLite and, when test.sh has started one, on PostgreSQL.
public sealed class CommentModerationOnSqlite(SqliteSite site) : CommentModerationBehaviour(site), IClassFixture<SqliteSite>;
public sealed class CommentModerationOnPostgres(PostgresSite site) : CommentModerationBehaviour(site), IClassFixture<PostgresSite>;
public sealed class CommentingOnSqlite(SqliteSite site) : CommentingBehaviour(site), IClassFixture<SqliteSite>;
public sealed class CommentingOnPostgres(PostgresSite site) : CommentingBehaviour(site), IClassFixture<PostgresSite>;
public sealed class PersonalDataOnSqlite(SqliteSite site) : PersonalDataBehaviour(site), IClassFixture<SqliteSite>;
public sealed class PersonalDataOnPostgres(PostgresSite site) : PersonalDataBehaviour(site), IClassFixture<PostgresSite>;
public sealed class CommentRefusalOnSqlite(SqliteSite site) : CommentRefusalBehaviour(site), IClassFixture<SqliteSite>;
public sealed class CommentRefusalOnPostgres(PostgresSite site) : CommentRefusalBehaviour(site), IClassFixture<PostgresSite>;
public sealed class EditorsDayOnSqlite(SqliteSite site) : EditorsDayBehaviour(site), IClassFixture<SqliteSite>;
public sealed class EditorsDayOnPostgres(PostgresSite site) : EditorsDayBehaviour(site), IClassFixture<PostgresSite>;
public sealed class CommentIntakeOnSqlite(SqliteSite site) : CommentIntakeBehaviour(site), IClassFixture<SqliteSite>;
public sealed class CommentIntakeOnPostgres(PostgresSite site) : CommentIntakeBehaviour(site), IClassFixture<PostgresSite>;
public sealed class CommentCountsOnSqlite(SqliteSite site) : CommentCountsBehaviour(site), IClassFixture<SqliteSite>;
public sealed class CommentCountsOnPostgres(PostgresSite site) : CommentCountsBehaviour(site), IClassFixture<PostgresSite>;
