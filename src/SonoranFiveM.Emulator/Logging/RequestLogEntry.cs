namespace SonoranFiveM.Emulator.Logging;

/// <summary>
/// One request the emulator received. <see cref="Status"/> is 0 when no answer was sent (dropped, or a hang
/// released by the client or by stopping). Secrets are masked: the <c>Authorization</c> header keeps only its
/// scheme, and a top-level <c>key</c> in a JSON body (the v1 envelope) reads <c>***</c>.
/// </summary>
public sealed record RequestLogEntry(
    long Sequence,
    DateTimeOffset Time,
    string Method,
    string Path,
    string Query,
    EmulatorApi Api,
    string? Endpoint,
    int Status,
    string? Fault,
    IReadOnlyDictionary<string, string> Headers,
    string Body);
