namespace Consultation.Infrastructure.Review;

/// <summary>The three moves of 三审 a person can make on an item.</summary>
public enum ReviewMove
{
    Submit,
    Approve,
    SendBack,
}
