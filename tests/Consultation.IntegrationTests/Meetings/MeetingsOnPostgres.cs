using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Meetings;

public sealed class MeetingsOnPostgres(PostgresSite site) : MeetingsBehaviour(site), IClassFixture<PostgresSite>;
