using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Calendar;

public sealed class CalendarOnSqlite(SqliteSite site) : CalendarBehaviour(site), IClassFixture<SqliteSite>;
