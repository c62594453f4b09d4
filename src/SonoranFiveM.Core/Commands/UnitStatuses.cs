using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace SonoranFiveM.Core.Commands
{
    /// <summary>Resolves what a unit typed after /status to a Sonoran status code.</summary>
    public sealed class UnitStatuses
    {
        private readonly Dictionary<string, (string Name, int Code)> _byKey = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        private readonly Dictionary<int, string> _byCode = new Dictionary<int, string>();

        public UnitStatuses(IEnumerable<KeyValuePair<string, int>> statusCodes)
        {
            foreach (var pair in statusCodes.OrderBy(p => p.Value))
            {
                var key = Normalise(pair.Key);
                if (key.Length == 0) throw new ArgumentException("A status name is empty.", nameof(statusCodes));
                if (_byKey.ContainsKey(key)) throw new ArgumentException("The status name '" + pair.Key + "' is listed twice.", nameof(statusCodes));
                _byKey[key] = (pair.Key.Trim().ToUpperInvariant(), pair.Value);
                if (!_byCode.ContainsKey(pair.Value)) _byCode[pair.Value] = pair.Key.Trim().ToUpperInvariant();
            }
        }

        /// <summary>The names in code order, e.g. "UNAVAILABLE, BUSY, AVAILABLE, ENROUTE, ON_SCENE".</summary>
        public string NameList => string.Join(", ", _byKey.Values.OrderBy(v => v.Code).Select(v => v.Name));

        public bool TryResolve(string text, out int code, out string name)
        {
            var trimmed = text.Trim();
            if (int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out code) && _byCode.TryGetValue(code, out name!))
                return true;
            if (_byKey.TryGetValue(Normalise(trimmed), out var found))
            {
                code = found.Code;
                name = found.Name;
                return true;
            }
            code = 0;
            name = string.Empty;
            return false;
        }

        private static string Normalise(string text) =>
            new string(text.Where(c => c != ' ' && c != '-' && c != '_').Select(char.ToUpperInvariant).ToArray());
    }
}
