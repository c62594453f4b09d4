using System;
using System.Collections.Generic;

namespace SonoranFiveM.Core.Records.Sinks
{
    /// <summary>Removes secrets (API keys) from text that may reach a log, a failure message or a player.</summary>
    internal static class SecretRedactor
    {
        public const string Mask = "***";

        public static string Redact(string text, IEnumerable<string?> secrets)
        {
            if (string.IsNullOrEmpty(text)) return text;
            foreach (var secret in secrets)
            {
                if (string.IsNullOrEmpty(secret)) continue;
                var index = text.IndexOf(secret, StringComparison.Ordinal);
                while (index >= 0)
                {
                    text = text.Substring(0, index) + Mask + text.Substring(index + secret!.Length);
                    index = text.IndexOf(secret, index + Mask.Length, StringComparison.Ordinal);
                }
            }
            return text;
        }
    }
}
