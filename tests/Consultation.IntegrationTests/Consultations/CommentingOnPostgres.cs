using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Consultations;

public sealed class CommentingOnPostgres(PostgresSite site) : CommentingBehaviour(site), IClassFixture<PostgresSite>;
