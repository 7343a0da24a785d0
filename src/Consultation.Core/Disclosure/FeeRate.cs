namespace Consultation.Core.Disclosure;

/// <summary>
/// A tiered rate: the first <see cref="FreeUpTo"/> units are free, then each band of <see cref="Tiers"/> has its price,
/// and past the last band the price rises by <see cref="StepIncrease"/> for every <see cref="StepEvery"/> units.
/// </summary>
public sealed class FeeRate
{
    public int FreeUpTo { get; set; }
    public List<FeeTier> Tiers { get; set; } = [];
    public int StepEvery { get; set; }
    public decimal StepIncrease { get; set; }

    /// <summary>The price of the <paramref name="n"/>-th unit (1-based).</summary>
    public decimal PriceOfUnit(int n)
    {
        if (n <= FreeUpTo) return 0m;
        var lastUpTo = FreeUpTo;
        var lastPrice = 0m;
        foreach (var tier in Tiers)
        {
            if (tier.UpTo is null || n <= tier.UpTo) return tier.PerUnit;
            lastUpTo = tier.UpTo.Value;
            lastPrice = tier.PerUnit;
        }
        if (StepEvery <= 0) return lastPrice;
        var steps = (n - lastUpTo + StepEvery - 1) / StepEvery;
        return lastPrice + steps * StepIncrease;
    }

    /// <summary>The price of units 1 to <paramref name="count"/> together.</summary>
    public decimal PriceOfUnits(int count)
    {
        var total = 0m;
        for (var n = FreeUpTo + 1; n <= count; n++) total += PriceOfUnit(n);
        return total;
    }
}
