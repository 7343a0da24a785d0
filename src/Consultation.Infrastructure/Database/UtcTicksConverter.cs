using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Consultation.Infrastructure.Database;

/// <summary>SQLite stores instants as UTC ticks: sortable and comparable in SQL, unlike DateTimeOffset text.</summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
