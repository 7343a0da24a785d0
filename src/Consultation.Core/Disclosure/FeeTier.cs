namespace Consultation.Core.Disclosure;

/// <summary>One band of a fee rate: every unit up to <see cref="UpTo"/> (open when null) costs <see cref="PerUnit"/> yuan.</summary>
public sealed class FeeTier
{
    public int? UpTo { get; set; }
    public decimal PerUnit { get; set; }
}
