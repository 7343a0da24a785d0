using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Consultation.Infrastructure.Operations;

/// <summary>Takes a <see cref="RecordFingerprint"/> of the configured database, table by table from the EF model.</summary>
public sealed class RecordFingerprinter(ConsultationDbContext db)
{
    /// <summary>The evidence: what the public was told and what it said, and the log that proves neither changed.</summary>
    private static readonly Type[] Evidence =
    [
        typeof(Core.Comments.Comment), typeof(Core.Adoption.OpinionGroup), typeof(Core.Adoption.FeedbackReport),
        typeof(Core.Audit.AuditEntry), typeof(Core.Audit.AuditChainHead),
    ];

    public async Task<RecordFingerprint> TakeAsync(CancellationToken ct = default)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var tables = db.Model.GetEntityTypes()
            .Where(e => e.GetTableName() is not null && e.GetViewName() is null)
            .GroupBy(e => Qualified(e, sql))
            .ToDictionary(g => g.Key, g => g.First());
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await connection.OpenAsync(ct);
        try
        {
            var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
            foreach (var (name, _) in tables)
                counts[name] = Convert.ToInt64(await ScalarAsync(connection, $"SELECT COUNT(*) FROM {name}", ct), CultureInfo.InvariantCulture);
            var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var type in Evidence)
            {
                var entity = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not mapped.");
                var name = Qualified(entity, sql);
                var order = string.Join(", ", entity.FindPrimaryKey()!.Properties
                    .Select(p => sql.DelimitIdentifier(p.GetColumnName())));
                hashes[name] = await HashAsync(connection, $"SELECT * FROM {name} ORDER BY {order}", ct);
            }
            return new RecordFingerprint(counts, hashes);
        }
        finally
        {
            if (opened) await connection.CloseAsync();
        }
    }

    private static string Qualified(IEntityType entity, ISqlGenerationHelper sql) =>
        sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());

    private static async Task<object?> ScalarAsync(DbConnection connection, string text, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = text;
        return await command.ExecuteScalarAsync(ct);
    }

    /// <summary>Every column of every row in key order, each value in an invariant text form, length-prefixed.</summary>
    private static async Task<string> HashAsync(DbConnection connection, string text, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        await using var command = connection.CreateCommand();
        command.CommandText = text;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var value = reader.IsDBNull(i) ? "\u2400" : Invariant(reader.GetValue(i));
                var bytes = Encoding.UTF8.GetBytes(value);
                hash.AppendData(BitConverter.GetBytes(bytes.Length));
                hash.AppendData(bytes);
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static string Invariant(object value) => value switch
    {
        byte[] bytes => Convert.ToBase64String(bytes),
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
