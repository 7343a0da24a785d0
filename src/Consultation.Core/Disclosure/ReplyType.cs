namespace Consultation.Core.Disclosure;

/// <summary>
/// The seven kinds of reply to a disclosure request under the 2019 政府信息公开条例, each with its legal basis (the
/// localised text <c>disclosure.basis.{type}</c>). 补正 is issued by asking for a correction, never as a final reply.
/// </summary>
public enum ReplyType
{
    /// <summary>予以公开 (Art.36(2)).</summary>
    Disclosed = 0,
    /// <summary>部分公开 (Art.37).</summary>
    PartlyDisclosed = 1,
    /// <summary>不予公开 (Art.36(3) with Art.14–16).</summary>
    Withheld = 2,
    /// <summary>无法提供 (Art.36(4), Art.38).</summary>
    Unavailable = 3,
    /// <summary>不予处理 (Art.36(6), Art.35, Art.39).</summary>
    NotProcessed = 4,
    /// <summary>告知 (Art.36(1)(5)(7)): already public, another agency's, or a special procedure.</summary>
    Informed = 5,
    /// <summary>补正 (Art.30).</summary>
    CorrectionRequired = 6,
}
