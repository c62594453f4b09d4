namespace SonoranFiveM.Emulator.Operations;

/// <summary>Get-active-units filters and paging: <c>includeOffline</c> (false), <c>onlyUnits</c> (true),
/// <c>limit</c> 1–100 (100), <c>offset</c> ≥ 0 (0).</summary>
internal sealed record UnitPaging(bool IncludeOffline, bool OnlyUnits, int Limit, int Offset)
{
    public const int MaxLimit = 100;

    public static (UnitPaging? Paging, string? Error) Parse(string? includeOffline, string? onlyUnits, string? limit, string? offset)
    {
        if (!TryBool(includeOffline, false, out var incl)) return (null, "includeOffline must be true or false.");
        if (!TryBool(onlyUnits, true, out var only)) return (null, "onlyUnits must be true or false.");
        if (!TryInt(limit, MaxLimit, out var lim) || lim < 1 || lim > MaxLimit) return (null, "limit must be an integer from 1 to 100.");
        if (!TryInt(offset, 0, out var off) || off < 0) return (null, "offset must be a non-negative integer.");
        return (new UnitPaging(incl, only, lim, off), null);
    }

    public IReadOnlyList<EmulatedUnit> Apply(IEnumerable<EmulatedUnit> units) => units
        .Where(u => IncludeOffline || !u.IsOffline)
        .Where(u => !OnlyUnits || !u.IsDispatch)
        .OrderBy(u => u.Id)
        .Skip(Offset)
        .Take(Limit)
        .ToArray();

    private static bool TryBool(string? text, bool fallback, out bool value)
    {
        value = fallback;
        return string.IsNullOrEmpty(text) || bool.TryParse(text, out value);
    }

    private static bool TryInt(string? text, int fallback, out int value)
    {
        value = fallback;
        return string.IsNullOrEmpty(text) || int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
    }
}
