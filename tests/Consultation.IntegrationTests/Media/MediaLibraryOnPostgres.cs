using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Media;

public sealed class MediaLibraryOnPostgres(PostgresSite site) : MediaLibraryBehaviour(site), IClassFixture<PostgresSite>;
