namespace SonoranFiveM.Emulator.State;

/// <summary>A QuickBlox custom object held by the emulator; <see cref="RecordJson"/> is the record as QuickBlox
/// answers it (<c>_id</c>, custom fields, <c>created_at</c>, <c>user_id</c>, <c>permissions</c>, ...).</summary>
public sealed record QuickBloxRecordEntry(
    string Id,
    string ClassName,
    string RecordJson,
    long UserId,
    DateTimeOffset CreatedAt);
