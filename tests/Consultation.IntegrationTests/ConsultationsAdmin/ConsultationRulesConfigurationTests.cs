using Consultation.Core.Consultations;
using Consultation.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Consultation.IntegrationTests.ConsultationsAdmin;

public sealed class ConsultationRulesConfigurationTests
{
    [Fact]
    public void The_legal_clocks_come_from_the_Consultations_section()
    {
        using var site = new SiteFactory(DatabaseUnderTest.NewSqlite(), settings: new()
        {
            ["Consultations:MinimumWindowDays"] = "20",
            ["Consultations:MaxCommentLength"] = "3000",
        });

        var options = site.Services.GetRequiredService<IOptions<ConsultationRules>>().Value;
        var rules = site.Services.GetRequiredService<ConsultationRules>();

        Assert.Equal((20, 3000, 3, 1000), (options.MinimumWindowDays, options.MaxCommentLength, options.ClosingSoonDays,
            options.MaxReasonLength));
        Assert.Same(options, rules);
    }
}
