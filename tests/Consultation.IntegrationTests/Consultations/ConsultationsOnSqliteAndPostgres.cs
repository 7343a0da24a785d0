using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Consultations;

// Every consultations behaviour runs on SQLite and, when test.sh has started one, on PostgreSQL.
public sealed class ConsultationEditingOnSqlite(SqliteSite site) : ConsultationEditingBehaviour(site), IClassFixture<SqliteSite>;
public sealed class ConsultationEditingOnPostgres(PostgresSite site) : ConsultationEditingBehaviour(site), IClassFixture<PostgresSite>;
public sealed class DecisionsOnSqlite(SqliteSite site) : DecisionsBehaviour(site), IClassFixture<SqliteSite>;
public sealed class DecisionsOnPostgres(PostgresSite site) : DecisionsBehaviour(site), IClassFixture<PostgresSite>;
public sealed class ConsultationListPagingOnSqlite(SqliteSite site) : ConsultationListPagingBehaviour(site), IClassFixture<SqliteSite>;
public sealed class ConsultationListPagingOnPostgres(PostgresSite site) : ConsultationListPagingBehaviour(site), IClassFixture<PostgresSite>;
