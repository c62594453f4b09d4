namespace SonoranFiveM.Emulator.Http;

/// <summary>Endpoint metadata: name for logs and counters, which service it belongs to, and its rate bucket.</summary>
internal sealed record EmulatedEndpoint(string Name, EmulatorApi Api, string? RateBucket = null, int Limit = 0, TimeSpan Window = default);
