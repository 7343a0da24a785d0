using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Consultation.Infrastructure.Database;

/// <summary>PostgreSQL timestamptz accepts only offset-zero values; normalise on the way in.</summary>
public sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    v => v.ToUniversalTime(), v => v);
