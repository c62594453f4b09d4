using System.Collections.Generic;

namespace SonoranFiveM.Core.Configuration
{
    /// <summary>What <see cref="OptionsLoader.Load"/> found: the options (only when valid), every error and every warning.</summary>
    public sealed class OptionsLoadResult
    {
        internal OptionsLoadResult(
            SonoranOptions? options,
            IReadOnlyList<OptionsError> errors,
            IReadOnlyList<OptionsWarning> warnings,
            IReadOnlyDictionary<string, OptionOrigin> origins,
            IReadOnlyList<string> secrets)
        {
            Options = options;
            Errors = errors;
            Warnings = warnings;
            Origins = origins;
            Secrets = secrets;
        }

        /// <summary>The effective options; null when there is any error, so the resource never half-starts.</summary>
        public SonoranOptions? Options { get; }

        public bool IsValid => Options != null;

        public IReadOnlyList<OptionsError> Errors { get; }

        public IReadOnlyList<OptionsWarning> Warnings { get; }

        /// <summary>Where each key that is not a default came from, by key path.</summary>
        public IReadOnlyDictionary<string, OptionOrigin> Origins { get; }

        /// <summary>
        /// Every secret value seen (API keys, even invalid ones): register them with
        /// <see cref="Diagnostics.SecretRedactor"/> before anything is logged.
        /// </summary>
        public IReadOnlyList<string> Secrets { get; }

        public OptionOrigin OriginOf(string keyPath) =>
            Origins.TryGetValue(keyPath, out var origin) ? origin : OptionOrigin.Default;
    }
}
