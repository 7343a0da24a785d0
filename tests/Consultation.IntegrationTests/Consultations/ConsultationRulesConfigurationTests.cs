using Consultation.Core.Consultations;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Consultation.IntegrationTests.Consultations;

public sealed class ConsultationRulesConfigurationTests
{
    [Fact]
    public void The_legal_clocks_come_from_the_Consultations_section()
    {
        using var site = new SiteFactory(DatabaseUnderTest.NewSqlite(), settings: new()
        {
            ["Consultations:MinimumWindowDays"] = "20",
            ["Consultations:MaxReasonLength"] = "800",
        });

        var options = site.Services.GetRequiredService<IOptions<ConsultationRules>>().Value;

        Assert.Equal((20, 3, 800), (options.MinimumWindowDays, options.ClosingSoonDays, options.MaxReasonLength));
    }
}
