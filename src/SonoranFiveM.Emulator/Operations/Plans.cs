namespace SonoranFiveM.Emulator.Operations;

/// <summary>Subscription levels as get-version reports them.</summary>
internal static class Plans
{
    public static string Name(int version) => version switch
    {
        0 => "FREE",
        1 => "STARTER",
        2 => "STANDARD",
        3 => "PLUS",
        4 => "PRO",
        6 => "SONORAN ONE",
        _ => "UNKNOWN",
    };
}
