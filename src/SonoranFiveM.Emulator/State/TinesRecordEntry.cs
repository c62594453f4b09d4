namespace SonoranFiveM.Emulator.State;

/// <summary>One field value of a Tines record; <see cref="ValueJson"/> is the JSON the client sent.</summary>
public sealed record TinesFieldValue(string FieldId, string ValueJson);

/// <summary>A Tines record held by the emulator.</summary>
public sealed record TinesRecordEntry(
    long Id,
    string RecordTypeId,
    IReadOnlyList<TinesFieldValue> FieldValues,
    IReadOnlyList<long> CaseIds,
    bool TestMode,
    DateTimeOffset CreatedAt);
