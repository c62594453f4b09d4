namespace SonoranFiveM.Emulator.State;

/// <summary>A Sonoran record held by the emulator. <see cref="RawRecordJson"/> is set for raw-record creates,
/// <see cref="ReplaceValues"/> for dictionary creates.</summary>
public sealed record CadRecordEntry(
    int Id,
    int? RecordTypeId,
    string Owner,
    IReadOnlyDictionary<string, string>? ReplaceValues,
    string? RawRecordJson,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    EmulatorApi Via);
