namespace Consultation.Core.Disclosure;

/// <summary>
/// The 信息处理费 rates, bound from <c>Disclosure:Fee</c>. The defaults are 国办函〔2020〕109号: by count, 10 requests a
/// month free, the 11th to 30th 100 yuan each, then 100 yuan more for every further 10; by pages, 30 pages free, pages
/// 31–100 10 yuan, 101–200 20 yuan, beyond 40 yuan each.
/// </summary>
public sealed class FeeSchedule
{
    public FeeRate ByCount { get; set; } = new();
    public FeeRate ByPages { get; set; } = new();

    public static FeeSchedule Default => new()
    {
        ByCount = new FeeRate
        {
            FreeUpTo = 10, Tiers = [new FeeTier { UpTo = 30, PerUnit = 100m }], StepEvery = 10, StepIncrease = 100m,
        },
        ByPages = new FeeRate
        {
            FreeUpTo = 30,
            Tiers =
            [
                new FeeTier { UpTo = 100, PerUnit = 10m }, new FeeTier { UpTo = 200, PerUnit = 20m },
                new FeeTier { UpTo = null, PerUnit = 40m },
            ],
        },
    };

    /// <summary>
    /// The fee of one reply: by count, the price of this request as the <paramref name="requestsThisMonth"/>-th of its
    /// requester in the month; by pages, the price of its <paramref name="pages"/> pages.
    /// </summary>
    public decimal FeeFor(FeeMethod method, int requestsThisMonth, int pages) => method switch
    {
        FeeMethod.ByCount => ByCount.PriceOfUnit(Math.Max(1, requestsThisMonth)),
        FeeMethod.ByPages => ByPages.PriceOfUnits(Math.Max(0, pages)),
        _ => 0m,
    };
}
