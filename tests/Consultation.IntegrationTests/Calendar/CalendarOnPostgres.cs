using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Calendar;

public sealed class CalendarOnPostgres(PostgresSite site) : CalendarBehaviour(site), IClassFixture<PostgresSite>;
