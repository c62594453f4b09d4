using System;
using System.Collections.Generic;

namespace SonoranFiveM.Core.Records.Mirrors
{
    /// <summary>Shared checks for mirror options. Messages never include an API key's value.</summary>
    internal static class MirrorOptionChecks
    {
        public static void Url(List<string> errors, string key, string? value, string example)
        {
            if (!Uri.TryCreate(value ?? string.Empty, UriKind.Absolute, out var uri)
                || (uri.Scheme != "https" && uri.Scheme != "http")
                || !string.IsNullOrEmpty(uri.Query))
            {
                errors.Add(key + " \"" + value + "\" is not an http(s) URL; set it to the base URL, e.g. \"" + example + "\"");
            }
        }

        public static void ApiKey(List<string> errors, string key, string? value, string convar)
        {
            if (string.IsNullOrWhiteSpace(value))
                errors.Add(key + " is empty; set the convar " + convar + " in server.cfg (set " + convar + " \"…\") or disable the mirror");
        }

        public static void FieldMap(List<string> errors, string key, IDictionary<string, string>? map, string what, string example)
        {
            if (map == null || map.Count == 0)
            {
                errors.Add(key + " is empty; map each template field uid to its " + what + " (e.g. \"plate\": " + example + ")");
                return;
            }
            foreach (var pair in map)
            {
                if (string.IsNullOrWhiteSpace(pair.Value))
                    errors.Add(key + "." + pair.Key + " is empty; set it to the " + what + " (e.g. " + example + ")");
            }
        }

        public static void Positive(List<string> errors, string key, int value, int defaultValue)
        {
            if (value <= 0)
                errors.Add(key + " " + value + " must be a positive number (default " + defaultValue + ")");
        }

        public static string Mask(string? secret) => string.IsNullOrEmpty(secret) ? "(unset)" : "(set)";
    }
}
