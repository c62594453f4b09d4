namespace SonoranFiveM.Emulator.State;

/// <summary>Unit status codes and the names v2 answers with.</summary>
public static class UnitStatuses
{
    public const int Offline = 100;

    public static IReadOnlyDictionary<int, string> Names { get; } = new Dictionary<int, string>
    {
        [0] = "UNAVAILABLE",
        [1] = "BUSY",
        [2] = "AVAILABLE",
        [3] = "ENROUTE",
        [4] = "ON_SCENE",
        [Offline] = "OFFLINE",
    };

    public static bool IsValid(int status) => Names.ContainsKey(status);
}
