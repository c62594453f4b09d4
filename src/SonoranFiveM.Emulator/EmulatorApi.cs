namespace SonoranFiveM.Emulator;

/// <summary>Which emulated service a request was addressed to.</summary>
public enum EmulatorApi
{
    Unknown,
    CadV1,
    CadV2,
    Tines,
    QuickBlox,
    Inspection,
}
