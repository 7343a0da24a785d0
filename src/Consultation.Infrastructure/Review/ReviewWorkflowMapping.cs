using Consultation.Core.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Review;

/// <summary>Maps the owned <see cref="ReviewWorkflow"/> the same way on every publishable document.</summary>
internal static class ReviewWorkflowMapping
{
    public static void MapWorkflow<TOwner>(this OwnedNavigationBuilder<TOwner, ReviewWorkflow> w) where TOwner : class
    {
        w.Property(x => x.State).HasConversion<string>().HasMaxLength(32);
        w.Property(x => x.SubmittedBy).HasMaxLength(64);
        w.Property(x => x.FirstReviewerId).HasMaxLength(64);
        w.Property(x => x.SecondReviewerId).HasMaxLength(64);
        w.Property(x => x.FinalReviewerId).HasMaxLength(64);
        w.Property(x => x.ReturnComment).HasMaxLength(2000);
        w.Property(x => x.ReturnedBy).HasMaxLength(100);
        w.Ignore(x => x.IsInReview);
    }
}
