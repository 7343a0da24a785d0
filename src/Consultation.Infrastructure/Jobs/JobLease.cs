namespace Consultation.Infrastructure.Jobs;

/// <summary>
/// Which node runs a cluster-wide job, until when. A row per job; taken or renewed only through the conditional
/// UPDATE in <see cref="JobLeases"/>, which the database lets one node win.
/// </summary>
public sealed class JobLease
{
    public const int MaxNameLength = 100;
    public const int MaxHolderLength = 64;

    private JobLease() { }

    public string Name { get; private set; } = "";
    public string Holder { get; private set; } = "";
    public DateTimeOffset Until { get; private set; }

    public static JobLease Taken(string name, string holder, DateTimeOffset until) =>
        new() { Name = name, Holder = holder, Until = until };
}
