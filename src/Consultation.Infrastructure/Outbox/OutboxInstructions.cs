using Consultation.Infrastructure.Database;

namespace Consultation.Infrastructure.Outbox;

public static class OutboxInstructions
{
    /// <summary>
    /// Saves pending changes together with an instruction for every node (no domain event behind it), in one
    /// transaction and in outbox order (see <see cref="OutboxOrder"/>).
    /// </summary>
    public static async Task SaveWithInstructionAsync(this ConsultationDbContext db, OutboxMessage instruction,
        CancellationToken ct)
    {
        db.OutboxMessages.Add(instruction);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await OutboxOrder.LockForAppendAsync(db, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
