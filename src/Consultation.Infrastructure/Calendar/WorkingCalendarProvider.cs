using Consultation.Core.Calendar;
using Consultation.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Consultation.Infrastructure.Calendar;

/// <summary>
/// The site's one <see cref="WorkingCalendar"/>, read from the database once and kept. Back-office edits on this node
/// call <see cref="Invalidate"/>; another web node picks an edit up when its copy is older than <see cref="Lifetime"/>.
/// </summary>
public sealed class WorkingCalendarProvider(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly Lock _gate = new();
    private WorkingCalendar? _calendar;
    private DateTimeOffset _expires;
    private long _version;

    public async Task<WorkingCalendar> GetAsync(CancellationToken ct = default)
    {
        long version;
        lock (_gate)
        {
            if (_calendar is not null && clock.GetUtcNow() < _expires) return _calendar;
            version = _version;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConsultationDbContext>();
        var calendar = new WorkingCalendar(await db.CalendarDays.AsNoTracking().ToListAsync(ct));

        lock (_gate)
        {
            // An edit saved while this read ran may be missing from it: answer this caller, but do not keep it.
            if (_version == version)
            {
                _calendar = calendar;
                _expires = clock.GetUtcNow() + Lifetime;
            }
        }
        return calendar;
    }

    /// <summary>Forgets the kept calendar; the next <see cref="GetAsync"/> reads the database again.</summary>
    public void Invalidate()
    {
        lock (_gate)
        {
            _version++;
            _calendar = null;
        }
    }
}
