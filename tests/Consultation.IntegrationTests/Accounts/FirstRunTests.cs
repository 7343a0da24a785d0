using Consultation.Core.Accounts;
using Consultation.Infrastructure.Database;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.IntegrationTests.Accounts;

public sealed class FirstRunTests
{
    [Fact]
    public void The_first_run_announces_an_administrator_and_one_account_per_role_once_and_never_again()
    {
        var database = DatabaseUnderTest.NewSqlite();
        try
        {
            using (var first = new SiteFactory(database, dropOnDispose: false))
            {
                first.CreateClient().Dispose();
                Assert.Equal(1, first.Credentials.Calls);
                Assert.Equal(BackOfficeRoles.All.Order(), first.Credentials.Announced.Select(c => c.Role).Order());
                Assert.All(first.Credentials.Announced, c => Assert.True(c.Password.Length >= 12));
                Assert.Equal(first.Credentials.Announced.Count,
                    first.Credentials.Announced.Select(c => c.Password).Distinct().Count());
            }

            using var second = new SiteFactory(database, dropOnDispose: false);
            second.CreateClient().Dispose();
            Assert.Equal(0, second.Credentials.Calls);
        }
        finally
        {
            database.Drop();
        }
    }

    [Fact]
    public void With_demo_data_off_only_the_administrator_is_created()
    {
        using var site = new SiteFactory(DatabaseUnderTest.NewSqlite(), settings: new() { ["Seed:DemoData"] = "false" });
        site.CreateClient().Dispose();

        var announced = Assert.Single(site.Credentials.Announced);
        Assert.Equal(BackOfficeRoles.Administrator, announced.Role);
    }

    [Fact]
    public void Demo_comments_are_dated_inside_their_window_and_never_in_the_future()
    {
        using var site = new SiteFactory(DatabaseUnderTest.NewSqlite());
        site.CreateClient().Dispose();
        var now = DateTimeOffset.UtcNow;

        using var scope = site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var windows = db.Consultations.ToList().ToDictionary(c => c.Id, c => c.Window);
        var comments = db.Comments.ToList();

        Assert.NotEmpty(comments);
        Assert.All(comments, c =>
        {
            Assert.InRange(c.ReceivedAt, windows[c.ConsultationId].OpensAt, windows[c.ConsultationId].ClosesAt);
            Assert.True(c.ReceivedAt <= now, $"A demo comment is dated {c.ReceivedAt:u}, after now ({now:u}).");
        });
    }
}
