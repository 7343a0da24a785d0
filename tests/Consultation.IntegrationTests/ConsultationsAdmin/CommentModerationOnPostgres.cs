using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.ConsultationsAdmin;

public sealed class CommentModerationOnPostgres(PostgresSite site) : CommentModerationBehaviour(site), IClassFixture<PostgresSite>;
