namespace SonoranFiveM.Core.Diagnostics
{
    /// <summary>
    /// Holds the secrets the resource knows (API keys) and replaces every occurrence of them in text bound for a log,
    /// a chat reply, the status command or an exception report. Thread-safe.
    /// </summary>
    public sealed class SecretRedactor
    {
        /// <summary>What a secret is replaced with.</summary>
        public const string Mask = "(hidden)";

        /// <summary>
        /// Shorter values are not treated as secrets: masking every "1" or "on" would wreck log lines, and a key
        /// that short protects nothing anyway.
        /// </summary>
        public const int MinimumLength = 4;

        private readonly object _gate = new object();
        private string[] _secrets = Array.Empty<string>();

        /// <summary>A redactor that knows <paramref name="secrets"/> (null and short values are ignored).</summary>
        public static SecretRedactor For(params string?[] secrets)
        {
            var redactor = new SecretRedactor();
            redactor.AddRange(secrets);
            return redactor;
        }

        public void Add(string? secret)
        {
            if (secret == null || secret.Length < MinimumLength)
            {
                return;
            }

            lock (_gate)
            {
                // Also mask the forms a key takes inside URLs and JSON bodies.
                var forms = new[] { secret, Uri.EscapeDataString(secret), Newtonsoft.Json.JsonConvert.ToString(secret).Trim('"') };
                _secrets = _secrets
                    .Concat(forms)
                    .Where(s => s.Length >= MinimumLength)
                    .Distinct(StringComparer.Ordinal)
                    .OrderByDescending(s => s.Length) // longest first, so a key containing another is masked whole
                    .ToArray();
            }
        }

        public void AddRange(IEnumerable<string?> secrets)
        {
            foreach (var secret in secrets)
            {
                Add(secret);
            }
        }

        /// <summary><paramref name="text"/> with every known secret replaced by <see cref="Mask"/>.</summary>
        public string Redact(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return text ?? "";
            }

            var secrets = _secrets;
            var result = text!;
            foreach (var secret in secrets)
            {
                result = ReplaceIgnoringCase(result, secret);
            }

            return result;
        }

        // Case-insensitive: a server may echo a key upper-cased (the official resource compares keys that way).
        private static string ReplaceIgnoringCase(string text, string secret)
        {
            var index = text.IndexOf(secret, StringComparison.OrdinalIgnoreCase);
            if (index < 0)
            {
                return text;
            }

            var builder = new System.Text.StringBuilder(text.Length);
            var start = 0;
            while (index >= 0)
            {
                builder.Append(text, start, index - start).Append(Mask);
                start = index + secret.Length;
                index = text.IndexOf(secret, start, StringComparison.OrdinalIgnoreCase);
            }

            return builder.Append(text, start, text.Length - start).ToString();
        }

        /// <summary>The full text of <paramref name="exception"/> (type, message, inner exceptions, stack) with secrets masked.</summary>
        public string Redact(Exception exception) => Redact(exception.ToString());
    }
}
