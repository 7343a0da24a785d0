using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Consultation.Infrastructure.Captcha;
using Consultation.Tests;

namespace Consultation.LoadGenerator;

/// <summary>
/// A crowd of virtual citizens, each with its own cookies: opens the draft, then for every comment fetches and solves
/// a challenge and posts the form, timing the POST until its receipt redirect. A refused connection (the server being
/// killed and restarted) is recorded as status 0 and the citizen tries again with a fresh page.
/// </summary>
public sealed class LoadRun(LoadOptions options)
{
    private readonly ConcurrentBag<Submission> _results = [];
    private readonly ConcurrentDictionary<string, int> _setupFailures = new();
    private long _solveTicks;
    private long _solved;
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private long _tickets;

    public IReadOnlyCollection<Submission> Results => _results;

    /// <summary>
    /// Page, token or challenge requests that failed before a POST could be sent, by status (0: no connection). These
    /// post nothing, so a limit that turns them away would otherwise only show as a lower rate.
    /// </summary>
    public IReadOnlyDictionary<string, int> SetupFailures => _setupFailures;

    /// <summary>Mean time the clients spent finding the proof-of-work answer, the CPU a browser would spend.</summary>
    public double MeanSolveMilliseconds =>
        _solved == 0 ? 0 : TimeSpan.FromTicks(Interlocked.Read(ref _solveTicks)).TotalMilliseconds / _solved;

    public async Task RunAsync()
    {
        using var stop = new CancellationTokenSource(options.Duration);
        var started = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(i => CitizenAsync(i, started, stop.Token)));
    }

    private async Task CitizenAsync(int citizen, Stopwatch clock, CancellationToken stop)
    {
        using var client = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true,
        }) { BaseAddress = options.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var session = new FormSession(client, options.Slug);
        var opened = false;
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            if (!await WaitForTurnAsync(clock, stop)) break;
            var key = $"{_run}-{citizen:D3}-{n:D6}";
            try
            {
                if (!opened) { await session.OpenAsync(stop); opened = true; }
                // The browser's proof-of-work (wwwroot/js/pow.js): GET /captcha/challenge, find n, post the payload.
                var challenge = await client.GetFromJsonAsync<ProofOfWorkChallenge>("/captcha/challenge", stop)
                                ?? throw new InvalidOperationException("The challenge was empty.");
                var solving = Stopwatch.GetTimestamp();
                var captcha = ProofOfWorkSolver.Solve(challenge);
                Interlocked.Add(ref _solveTicks, Stopwatch.GetElapsedTime(solving).Ticks);
                Interlocked.Increment(ref _solved);
                _results.Add(await PostAsync(client, session, key, captcha));
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException or IOException)
            {
                // Server down or restarting, or a limit said no: nothing was acknowledged; open the page again.
                _setupFailures.AddOrUpdate(e is HttpRequestException { StatusCode: { } status } ? ((int)status).ToString(
                    System.Globalization.CultureInfo.InvariantCulture) : "0", 1, (_, n) => n + 1);
                opened = false;
                await Task.Delay(100, CancellationToken.None);
            }
        }
    }

    /// <summary>Open loop at <see cref="LoadOptions.Rate"/> when set; false once the run is over.</summary>
    private async Task<bool> WaitForTurnAsync(Stopwatch clock, CancellationToken stop)
    {
        if (options.Rate <= 0) return !stop.IsCancellationRequested;
        var due = TimeSpan.FromSeconds(Interlocked.Increment(ref _tickets) / options.Rate);
        var wait = due - clock.Elapsed;
        if (wait > TimeSpan.Zero)
        {
            try { await Task.Delay(wait, stop); }
            catch (OperationCanceledException) { return false; }
        }
        return !stop.IsCancellationRequested;
    }

    private async Task<Submission> PostAsync(HttpClient client, FormSession session, string key, string captcha)
    {
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = session.Token,
            ["Body"] = $"压力测试意见 {key}：建议在第二条中写明适用范围，并明确实施日期。",
            ["ClauseAnchor"] = "",
            ["IdempotencyKey"] = key,
            ["captcha"] = captcha,
            ["Website"] = "",
        };
        var at = DateTimeOffset.UtcNow;
        var timer = Stopwatch.StartNew();
        try
        {
            // Not cancelled at the end of the run: a POST already sent is waited for, so its receipt is recorded.
            using var response = await client.PostAsync(session.Action, new FormUrlEncodedContent(fields), CancellationToken.None);
            var code = response.StatusCode == HttpStatusCode.Redirect ? CodeFrom(response.Headers.Location) : null;
            return new Submission(key, (int)response.StatusCode, code, timer.Elapsed.TotalMilliseconds, at);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            return new Submission(key, 0, null, timer.Elapsed.TotalMilliseconds, at);
        }
    }

    /// <summary>The code from the receipt redirect <c>/receipt/{code}?new=1</c>.</summary>
    private static string? CodeFrom(Uri? location)
    {
        if (location is null) return null;
        var path = location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0];
        return path.StartsWith("/receipt/", StringComparison.Ordinal) ? path["/receipt/".Length..] : null;
    }
}
