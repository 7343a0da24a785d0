namespace Consultation.Core.Comments;

/// <summary>Keyed hash of a receipt code; the code itself is never stored.</summary>
public interface IReceiptHasher
{
    string Hash(string receiptCode);
}
