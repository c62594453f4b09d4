namespace SonoranFiveM.Core.Configuration
{
    /// <summary>What <see cref="OptionsLoader.Load"/> found: the options (only when valid), every error and every warning.</summary>
    /// <param name="Options">The effective options; null when there is any error, so the resource never half-starts.</param>
    /// <param name="Origins">Where each key that is not a default came from, by key path.</param>
    /// <param name="Secrets">
    /// Every secret value seen (API keys, even invalid ones): register them with
    /// <see cref="Diagnostics.SecretRedactor"/> before anything is logged.
    /// </param>
    public sealed record OptionsLoadResult(
        SonoranOptions? Options,
        IReadOnlyList<OptionsError> Errors,
        IReadOnlyList<OptionsWarning> Warnings,
        IReadOnlyDictionary<string, OptionOrigin> Origins,
        IReadOnlyList<string> Secrets)
    {
        public bool IsValid => Options != null;

        public OptionOrigin OriginOf(string keyPath) =>
            Origins.TryGetValue(keyPath, out var origin) ? origin : OptionOrigin.Default;
    }
}
