using Consultation.Core.Disclosure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Consultation.Infrastructure.Disclosure;

internal sealed class DisclosureRequestConfiguration : IEntityTypeConfiguration<DisclosureRequest>
{
    public void Configure(EntityTypeBuilder<DisclosureRequest> b)
    {
        b.HasIndex(r => r.ReceiptLookup);
        b.HasIndex(r => r.IdempotencyKey).IsUnique();
        b.HasIndex(r => new { r.Status, r.ReceivedOn });
        b.HasIndex(r => r.ClosedOn);
        b.Property(r => r.ApplicantKind).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.ApplicantName).HasMaxLength(DisclosureRequest.MaxNameLength);
        b.Property(r => r.ContactPerson).HasMaxLength(DisclosureRequest.MaxContactPersonLength);
        b.Property(r => r.Phone).HasMaxLength(DisclosureRequest.MaxPhoneLength);
        b.Property(r => r.Email).HasMaxLength(DisclosureRequest.MaxEmailLength);
        b.Property(r => r.Address).HasMaxLength(DisclosureRequest.MaxAddressLength);
        b.Property(r => r.Description).HasMaxLength(DisclosureRequest.MaxDescriptionLength);
        b.Property(r => r.Purpose).HasMaxLength(DisclosureRequest.MaxPurposeLength);
        b.Property(r => r.DeliveryForm).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.Channel).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.RecordedBy).HasMaxLength(64);
        b.Property(r => r.ReceiptLookup).HasMaxLength(8);
        b.Property(r => r.ReceiptHash).HasMaxLength(64);
        b.Property(r => r.IdempotencyKey).HasMaxLength(64);
        b.Property(r => r.HeldWords).HasMaxLength(500);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.CorrectionItems).HasMaxLength(DisclosureRequest.MaxReasonLength);
        b.Property(r => r.ThirdParty).HasMaxLength(DisclosureRequest.MaxThirdPartyLength);
        b.Property(r => r.ExtensionReason).HasMaxLength(DisclosureRequest.MaxReasonLength);
        b.Property(r => r.ReplyType).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.ReplyGround).HasConversion<string>().HasMaxLength(32);
        b.Property(r => r.ReplyText).HasMaxLength(DisclosureRequest.MaxReplyLength);
        b.Property(r => r.FeeMethod).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.Fee).HasPrecision(12, 2);
        b.Property(r => r.DeliveryMethod).HasConversion<string>().HasMaxLength(16);
        b.Ignore(r => r.IsClosed);
        b.Ignore(r => r.ThirdPartyOpen);
    }
}
