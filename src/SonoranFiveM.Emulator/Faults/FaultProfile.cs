namespace SonoranFiveM.Emulator.Faults;

/// <summary>
/// An immutable set of injected faults. Parsed from profile tokens (comma-separated or one per list item):
/// <list type="bullet">
/// <item><c>5xx[:rate]</c> answer 500 or 503 (chosen at random) to that share of requests, before the handler runs;</item>
/// <item><c>latency:MS</c> add MS milliseconds (emulator clock) before answering;</item>
/// <item><c>hang[:rate]</c> hold the request until the client gives up or the emulator stops;</item>
/// <item><c>drop[:rate]</c> abort the connection without an answer;</item>
/// <item><c>malformed[:rate]</c> run the handler, then send its 2xx answer with the JSON body cut in half;</item>
/// <item><c>outage:FROM-TO</c> every request gets 503 between FROM and TO seconds after start (emulator clock);</item>
/// <item><c>429storm[:SECONDS]</c> every request gets 429, without <c>Retry-After</c> or with <c>Retry-After: SECONDS</c>;</item>
/// <item><c>notenabled</c> the CAD answers "API is not enabled for this community";</item>
/// <item><c>none</c> clears everything before it.</item>
/// </list>
/// A rate is a share from 0 to 1; it defaults to 1 when left out.
/// </summary>
public sealed record FaultProfile
{
    public const string Syntax = "5xx[:rate] | latency:ms | hang[:rate] | drop[:rate] | malformed[:rate] | outage:from-to | 429storm[:seconds] | notenabled | none";

    public static FaultProfile None { get; } = new();

    public double ServerErrorRate { get; init; }

    public TimeSpan Latency { get; init; }

    public double HangRate { get; init; }

    public double DropRate { get; init; }

    public double MalformedRate { get; init; }

    public IReadOnlyList<OutageWindow> Outages { get; init; } = Array.Empty<OutageWindow>();

    public bool RateLimitStorm { get; init; }

    /// <summary>The <c>Retry-After</c> seconds a 429 storm sends; null sends none.</summary>
    public int? RateLimitStormRetryAfter { get; init; }

    public bool NotEnabled { get; init; }

    public bool IsEmpty => ToTokens().Count == 0;

    /// <summary>Parses a comma-separated profile string, e.g. <c>"5xx:0.2,latency:800"</c>.</summary>
    public static FaultProfile Parse(string profile) => Parse(new[] { profile ?? throw new ArgumentNullException(nameof(profile)) });

    /// <summary>Parses profile strings; each may itself hold several comma-separated tokens. Later tokens win.</summary>
    public static FaultProfile Parse(IEnumerable<string> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var result = None;
        foreach (var token in profiles.SelectMany(p => p.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            result = result.With(token);
        }

        return result;
    }

    /// <summary>This profile plus <paramref name="other"/>: the other's non-default values win, outages add up.</summary>
    public FaultProfile Merge(FaultProfile other) => this with
    {
        ServerErrorRate = other.ServerErrorRate > 0 ? other.ServerErrorRate : ServerErrorRate,
        Latency = other.Latency > TimeSpan.Zero ? other.Latency : Latency,
        HangRate = other.HangRate > 0 ? other.HangRate : HangRate,
        DropRate = other.DropRate > 0 ? other.DropRate : DropRate,
        MalformedRate = other.MalformedRate > 0 ? other.MalformedRate : MalformedRate,
        Outages = Outages.Concat(other.Outages).ToArray(),
        RateLimitStorm = RateLimitStorm || other.RateLimitStorm,
        RateLimitStormRetryAfter = other.RateLimitStorm ? other.RateLimitStormRetryAfter : RateLimitStormRetryAfter,
        NotEnabled = NotEnabled || other.NotEnabled,
    };

    /// <summary>The canonical tokens of this profile, e.g. <c>["5xx:0.2","latency:800"]</c>.</summary>
    public IReadOnlyList<string> ToTokens()
    {
        var tokens = new List<string>();
        if (ServerErrorRate > 0) tokens.Add("5xx:" + Rate(ServerErrorRate));
        if (Latency > TimeSpan.Zero) tokens.Add("latency:" + ((long)Latency.TotalMilliseconds).ToString(CultureInfo.InvariantCulture));
        if (HangRate > 0) tokens.Add("hang:" + Rate(HangRate));
        if (DropRate > 0) tokens.Add("drop:" + Rate(DropRate));
        if (MalformedRate > 0) tokens.Add("malformed:" + Rate(MalformedRate));
        tokens.AddRange(Outages.Select(o => o.ToString()));
        if (RateLimitStorm) tokens.Add(RateLimitStormRetryAfter is int seconds ? "429storm:" + seconds.ToString(CultureInfo.InvariantCulture) : "429storm");
        if (NotEnabled) tokens.Add("notenabled");
        return tokens;
    }

    public override string ToString() => ToTokens().Count == 0 ? "none" : string.Join(",", ToTokens());

    private static string Rate(double rate) => rate.ToString("0.###", CultureInfo.InvariantCulture);

    private FaultProfile With(string token)
    {
        var colon = token.IndexOf(':');
        var name = (colon < 0 ? token : token[..colon]).ToLowerInvariant();
        var arg = colon < 0 ? null : token[(colon + 1)..];
        switch (name)
        {
            case "none": return None;
            case "5xx": return this with { ServerErrorRate = ParseRate(token, arg) };
            case "hang": return this with { HangRate = ParseRate(token, arg) };
            case "drop": return this with { DropRate = ParseRate(token, arg) };
            case "malformed": return this with { MalformedRate = ParseRate(token, arg) };
            case "latency":
                if (arg is null || !int.TryParse(arg, NumberStyles.None, CultureInfo.InvariantCulture, out var ms))
                {
                    throw Bad(token, "latency needs milliseconds, e.g. latency:800");
                }

                return this with { Latency = TimeSpan.FromMilliseconds(ms) };
            case "outage":
                return this with { Outages = Outages.Append(ParseOutage(token, arg)).ToArray() };
            case "429storm":
                if (arg is null) return this with { RateLimitStorm = true, RateLimitStormRetryAfter = null };
                if (!int.TryParse(arg, NumberStyles.None, CultureInfo.InvariantCulture, out var retryAfter) || retryAfter > 86_400)
                {
                    throw Bad(token, "429storm takes the Retry-After seconds (0 to 86400), e.g. 429storm:40");
                }

                return this with { RateLimitStorm = true, RateLimitStormRetryAfter = retryAfter };
            case "notenabled":
                if (arg is not null) throw Bad(token, "notenabled takes no value");
                return this with { NotEnabled = true };
            default:
                throw Bad(token, "unknown fault");
        }
    }

    private static double ParseRate(string token, string? arg)
    {
        if (arg is null) return 1.0;
        if (!double.TryParse(arg, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) || rate < 0 || rate > 1)
        {
            throw Bad(token, "a rate is a number from 0 to 1, e.g. 5xx:0.2");
        }

        return rate;
    }

    private static OutageWindow ParseOutage(string token, string? arg)
    {
        var parts = arg?.Split('-') ?? Array.Empty<string>();
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var from)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var to)
            || to <= from)
        {
            throw Bad(token, "outage needs FROM-TO seconds after start with FROM < TO, e.g. outage:120-300");
        }

        return new OutageWindow(TimeSpan.FromSeconds(from), TimeSpan.FromSeconds(to));
    }

    private static FormatException Bad(string token, string why) =>
        new($"Bad fault profile '{token}': {why}. Accepted: {Syntax}.");
}
