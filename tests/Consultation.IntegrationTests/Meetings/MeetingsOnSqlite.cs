using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Meetings;

public sealed class MeetingsOnSqlite(SqliteSite site) : MeetingsBehaviour(site), IClassFixture<SqliteSite>;
