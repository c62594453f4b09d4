using System.IO;
using System.Text;

namespace SonoranFiveM.Emulator.Faults;

/// <summary>
/// Injects the faults in force into every request except <c>/_emulator/*</c>. Order: outage, 429storm,
/// latency, drop, hang, 5xx (all before the handler, so no state changes), then malformed (after it).
/// </summary>
internal sealed class FaultMiddleware(RequestDelegate next, EmulatorContext ctx)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var endpoint = http.GetEndpoint()?.Metadata.GetMetadata<EmulatedEndpoint>();
        var api = endpoint?.Api ?? EmulatorApi.Unknown;
        if (api == EmulatorApi.Inspection)
        {
            await next(http);
            return;
        }

        var faults = ctx.Faults.Current;
        var info = RequestInfo.Of(http);

        var sinceStart = ctx.SinceStart;
        foreach (var outage in faults.Outages)
        {
            if (!outage.Contains(sinceStart)) continue;
            info.Fault = "outage";
            await Responses.ServerError(503).ExecuteAsync(http);
            return;
        }

        if (faults.RateLimitStorm)
        {
            info.Fault = "429storm";
            await Responses.RateLimited(http, ctx, api, retryAfterSeconds: faults.RateLimitStormRetryAfter).ExecuteAsync(http);
            return;
        }

        if (faults.Latency > TimeSpan.Zero)
        {
            await HoldAsync(Task.Delay(faults.Latency, ctx.Time, http.RequestAborted));
        }

        if (ctx.Roll(faults.DropRate))
        {
            info.Fault = "drop";
            info.Aborted = true;
            http.Abort();
            return;
        }

        if (ctx.Roll(faults.HangRate))
        {
            info.Fault = "hang";
            await HangAsync(http);
            info.Aborted = true;
            http.Abort();
            return;
        }

        if (ctx.Roll(faults.ServerErrorRate))
        {
            info.Fault = "5xx";
            await Responses.ServerError(ctx.NextInt(2) == 0 ? 500 : 503).ExecuteAsync(http);
            return;
        }

        if (ctx.Roll(faults.MalformedRate))
        {
            await MalformAsync(http, info);
            return;
        }

        await next(http);
    }

    private async Task HangAsync(HttpContext http)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, ctx.Stopping.Token);
        try
        {
            await HoldAsync(Task.Delay(Timeout.InfiniteTimeSpan, linked.Token));
        }
        catch (OperationCanceledException)
        {
            // Released: the client gave up or the emulator is stopping.
        }
    }

    /// <summary>Awaits a delay whose timer already exists, counted in <see cref="Logging.RequestLog.Held"/>.</summary>
    private async Task HoldAsync(Task delay)
    {
        ctx.Requests.HoldStarted();
        try
        {
            await delay;
        }
        finally
        {
            ctx.Requests.HoldEnded();
        }
    }

    private async Task MalformAsync(HttpContext http, RequestInfo info)
    {
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await next(http);
        }
        finally
        {
            http.Response.Body = original;
        }

        var bytes = buffer.ToArray();
        if (http.Response.StatusCode is >= 200 and < 300)
        {
            info.Fault = "malformed";
            bytes = bytes.Length > 1 ? bytes[..(bytes.Length / 2)] : Encoding.UTF8.GetBytes("{\"");
            if (http.Response.StatusCode == 204) http.Response.StatusCode = 200;
            http.Response.ContentType ??= "application/json";
        }

        http.Response.ContentLength = bytes.Length;
        await original.WriteAsync(bytes, http.RequestAborted);
    }
}
