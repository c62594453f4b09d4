namespace SonoranFiveM.Emulator.State;

/// <summary>A 911 call held by the emulator.</summary>
public sealed record EmergencyCallEntry(
    int CallId,
    int ServerId,
    bool IsEmergency,
    string Caller,
    string Location,
    string Description,
    IReadOnlyDictionary<string, string> MetaData,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    EmulatorApi Via);
