using Consultation.IntegrationTests.Infrastructure;

namespace Consultation.IntegrationTests.Throttling;

// Spent captcha answers live in the database: checked on SQLite and, when test.sh has started one, on PostgreSQL.
public sealed class SpentAnswersOnSqlite : SpentAnswersBehaviour
{
    protected override DatabaseUnderTest NewDatabase() => DatabaseUnderTest.NewSqlite();
}

public sealed class SpentAnswersOnPostgres : SpentAnswersBehaviour
{
    protected override DatabaseUnderTest? NewDatabase() => DatabaseUnderTest.NewPostgres();
}
