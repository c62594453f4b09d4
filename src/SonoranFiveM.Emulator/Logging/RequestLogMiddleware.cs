using System.IO;

namespace SonoranFiveM.Emulator.Logging;

/// <summary>Outermost middleware: buffers the body, runs the rest, and writes the request log entry and counters.</summary>
internal sealed class RequestLogMiddleware(RequestDelegate next, EmulatorContext ctx)
{
    private const int MaxLoggedBody = 64 * 1024;

    public async Task InvokeAsync(HttpContext http)
    {
        ctx.Requests.Started();
        var time = ctx.Time.GetUtcNow();
        var info = RequestInfo.Of(http);
        var body = "";
        var logged = false;
        // Log as the response starts, not after it is sent: a client that reads the log right after its answer
        // must find its request there.
        http.Response.OnStarting(() =>
        {
            if (!logged)
            {
                logged = true;
                Log(http, info, time, body);
            }

            return Task.CompletedTask;
        });
        try
        {
            http.Request.EnableBuffering();
            using (var reader = new StreamReader(http.Request.Body, leaveOpen: true))
            {
                body = await reader.ReadToEndAsync(http.RequestAborted);
            }

            http.Request.Body.Position = 0;
            ctx.Options.RequestReceived?.Invoke(http.Request.Path.Value ?? "", body);
            await next(http);
        }
        catch (Exception e) when (!http.Response.HasStarted && !http.RequestAborted.IsCancellationRequested)
        {
            http.Response.StatusCode = 500;
            await http.Response.WriteAsync("Emulator error: " + e.Message);
        }
        catch (Exception) when (http.RequestAborted.IsCancellationRequested)
        {
            info.Aborted = true;
        }
        finally
        {
            if (!logged)
            {
                logged = true;
                Log(http, info, time, body);
            }
        }
    }

    private void Log(HttpContext http, RequestInfo info, DateTimeOffset time, string body)
    {
        var endpoint = http.GetEndpoint()?.Metadata.GetMetadata<EmulatedEndpoint>();
        var name = info.Endpoint ?? endpoint?.Name;
        var api = info.Api != EmulatorApi.Unknown ? info.Api : endpoint?.Api ?? EmulatorApi.Unknown;
        var status = info.Aborted ? 0 : http.Response.StatusCode;
        if (api != EmulatorApi.Inspection) Count(name, status, info.Fault);
        ctx.Requests.Finished(new RequestLogEntry(
            0, time, http.Request.Method, http.Request.Path.Value ?? "", http.Request.QueryString.Value ?? "",
            api, name, status, info.Fault, Headers(http), Redact(body)));
    }

    private void Count(string? endpoint, int status, string? fault)
    {
        var counters = ctx.State.Counters;
        counters.Increment(EmulatorCounters.Requests);
        counters.Increment(EmulatorCounters.StatusPrefix + status);
        if (endpoint is not null) counters.Increment(EmulatorCounters.EndpointPrefix + endpoint);
        if (fault is not null) counters.Increment(EmulatorCounters.FaultPrefix + fault);
    }

    private static IReadOnlyDictionary<string, string> Headers(HttpContext http)
    {
        var headers = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in http.Request.Headers)
        {
            var value = values.ToString();
            if (string.Equals(name, "Authorization", StringComparison.OrdinalIgnoreCase))
            {
                var space = value.IndexOf(' ');
                value = space > 0 ? value[..space] + " ***" : "***";
            }
            else if (string.Equals(name, "QB-Token", StringComparison.OrdinalIgnoreCase))
            {
                value = "***";
            }

            headers[name] = value;
        }

        return headers;
    }

    private static string Redact(string body)
    {
        if (body.Length > MaxLoggedBody) body = body[..MaxLoggedBody];
        if (!body.Contains("\"key\"", StringComparison.Ordinal)) return body;
        try
        {
            if (JsonNode.Parse(body) is JsonObject obj && obj.ContainsKey("key"))
            {
                obj["key"] = "***";
                return obj.ToJsonString();
            }
        }
        catch (JsonException)
        {
            // Not JSON: keep it as sent.
        }

        return body;
    }
}
