using Microsoft.AspNetCore.WebUtilities;

namespace SonoranFiveM.Emulator.Http;

/// <summary>The answer shapes the emulated services use.</summary>
internal static class Responses
{
    public const string ProblemJson = "application/problem+json";

    /// <summary>v2 failure: <c>application/problem+json</c> as in the Sonoran authentication page.</summary>
    public static IResult Problem(HttpContext http, int status, string detail) =>
        Results.Json(
            new Dictionary<string, object>
            {
                ["type"] = "https://httpstatuses.com/" + status.ToString(CultureInfo.InvariantCulture),
                ["title"] = ReasonPhrases.GetReasonPhrase(status),
                ["status"] = status,
                ["detail"] = detail,
                ["instance"] = http.Request.Path.Value ?? "",
                ["traceId"] = http.TraceIdentifier,
            },
            contentType: ProblemJson,
            statusCode: status);

    /// <summary>v1 answer: plain text.</summary>
    public static IResult Text(int status, string text) => Results.Text(text, "text/plain; charset=utf-8", statusCode: status);

    /// <summary>429 in the shape of the service that <paramref name="api"/> names; <c>Retry-After</c> when given.</summary>
    public static IResult RateLimited(HttpContext http, EmulatorContext ctx, EmulatorApi api, int? retryAfterSeconds)
    {
        if (retryAfterSeconds is { } seconds)
        {
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        ctx.State.Counters.Increment(State.EmulatorCounters.RateLimited);
        return api switch
        {
            EmulatorApi.Tines => Results.Json(new Dictionary<string, object> { ["error"] = "Rate limit exceeded" }, statusCode: 429),
            EmulatorApi.QuickBlox => Results.Json(new Dictionary<string, object> { ["errors"] = new[] { "Too Many Requests" } }, statusCode: 429),
            _ => Results.Json(
                new Dictionary<string, object> { ["message"] = "API rate limit exceeded", ["request_id"] = RequestId(ctx) },
                statusCode: 429),
        };
    }

    /// <summary>A 500 or 503 as an upstream failure would give it (plain text, no JSON).</summary>
    public static IResult ServerError(int status) => Text(status, ReasonPhrases.GetReasonPhrase(status));

    private static string RequestId(EmulatorContext ctx)
    {
        Span<byte> bytes = stackalloc byte[16];
        ctx.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }
}
