namespace SonoranFiveM.Core.Diagnostics.Doctor
{
    /// <summary>How one doctor check came out.</summary>
    public enum CheckStatus
    {
        Pass,
        Fail,

        /// <summary>Not checked (a check it needs failed, or it does not apply here); the detail says why.</summary>
        Skip,
    }
}
