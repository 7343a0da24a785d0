using System.Diagnostics.Metrics;

namespace Consultation.Infrastructure.Operations;

/// <summary>
/// The site's own instruments, under the meter <see cref="MeterName"/> (requests come from ASP.NET Core's meters):
/// mail failures as they happen, and gauges read when an exporter collects — each gauge is registered by the
/// feature that owns the number (intake queue depth, outbox lag).
/// </summary>
public sealed class SiteMetrics : IDisposable
{
    public const string MeterName = "Consultation";

    private readonly Meter _meter;
    private readonly Counter<long> _mailFailures;

    public SiteMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(MeterName);
        _mailFailures = _meter.CreateCounter<long>("consultation.mail.failures", "{mail}",
            "Delivery attempts that failed (each retry counts).");
    }

    public void MailFailed() => _mailFailures.Add(1);

    /// <summary>A gauge whose value is read on collection; <paramref name="read"/> must be cheap and thread-safe.</summary>
    public void Gauge(string name, string unit, string description, Func<long> read) =>
        _meter.CreateObservableGauge(name, read, unit, description);

    public void Dispose() => _meter.Dispose();
}
