namespace Consultation.Core.Adoption;

/// <summary>How a concentrated opinion was handled.</summary>
public enum Disposition
{
    /// <summary>Not decided yet; a report cannot be submitted with undecided groups.</summary>
    Undecided = 0,
    /// <summary>采纳.</summary>
    Adopted = 1,
    /// <summary>部分采纳.</summary>
    PartlyAdopted = 2,
    /// <summary>未采纳.</summary>
    NotAdopted = 3,
    /// <summary>不属于本决策范围.</summary>
    OutOfScope = 4,
}
