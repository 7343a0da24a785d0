using Consultation.Core.Disclosure;
using Consultation.Infrastructure.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Consultation.Infrastructure.Disclosure;

public static class DisclosureModule
{
    /// <summary>
    /// 依申请公开: the legal clocks from the <c>Disclosure</c> section, the fee rates from <c>Disclosure:Fee</c>
    /// (国办函〔2020〕109号 when absent), intake, back office, annual tables and the purge of contact details.
    /// </summary>
    public static IServiceCollection AddDisclosure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DisclosureRules>().Bind(configuration.GetSection("Disclosure"))
            .Validate(r => r.ReplyWorkingDays >= 1 && r.MaxExtensionWorkingDays >= 1 && r.MaxThirdPartyWorkingDays >= 0
                           && r.CorrectionNoticeWorkingDays >= 1 && r.CorrectionPeriodWorkingDays >= 1
                           && r.DueSoonWorkingDays >= 0 && r.ContactRetentionDays >= 1,
                "Disclosure: every working-day clock must be at least 1 and the retention at least 1 day.")
            .Validate(AnnualReportDayReadable, "Disclosure:AnnualReportDueMonthDay must be a day of the year written MM-dd.")
            .ValidateOnStart();
        services.AddOptions<FeeSchedule>().Configure(o =>
        {
            var section = configuration.GetSection("Disclosure:Fee");
            var defaults = FeeSchedule.Default;
            // Read whole rates, never merged into the defaults: binding a list onto a filled one would append to it.
            o.ByCount = section.GetSection("ByCount").Get<FeeRate>() ?? defaults.ByCount;
            o.ByPages = section.GetSection("ByPages").Get<FeeRate>() ?? defaults.ByPages;
        });
        services.AddScoped<Comments.ReceiptedSubmissions<DisclosureRequest>>();
        services.AddScoped<DisclosureIntake>();
        services.AddScoped<DisclosureQueries>();
        services.AddScoped<BackOfficeDisclosure>();
        services.AddContactPurge<DisclosureRequest>(sp => sp.GetRequiredService<IOptions<DisclosureRules>>().Value.ContactRetentionDays,
            TimeSpan.FromHours(Math.Max(1, configuration.GetValue("Disclosure:PurgeIntervalHours", 6))));
        return services;
    }

    private static bool AnnualReportDayReadable(DisclosureRules rules)
    {
        try
        {
            rules.AnnualReportReminder(new DateOnly(2024, 1, 15));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
