using System;
using System.Collections.Generic;
using System.Globalization;

namespace SonoranFiveM.Cli.Commands
{
    /// <summary>Reads <c>--name value</c>, <c>--name=value</c> and <c>--flag</c> options; anything unknown is a usage error.</summary>
    public sealed class ArgReader
    {
        private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<string>> _all = new(StringComparer.Ordinal);
        private readonly HashSet<string> _flags;

        public ArgReader(IReadOnlyList<string> args, IEnumerable<string> valueOptions, IEnumerable<string> flagOptions)
        {
            var valued = new HashSet<string>(valueOptions, StringComparer.Ordinal);
            _flags = new HashSet<string>(flagOptions, StringComparer.Ordinal);
            for (var i = 0; i < args.Count; i++)
            {
                var arg = args[i];
                if (!arg.StartsWith("--", StringComparison.Ordinal)) throw new UsageException($"Unexpected argument '{arg}'.");
                string name = arg;
                string? inline = null;
                var eq = arg.IndexOf('=');
                if (eq > 0)
                {
                    name = arg[..eq];
                    inline = arg[(eq + 1)..];
                }

                if (valued.Contains(name))
                {
                    var value = inline ?? (i + 1 < args.Count ? args[++i] : throw new UsageException($"Option {name} needs a value."));
                    _values[name] = value;
                    if (!_all.TryGetValue(name, out var list)) _all[name] = list = new List<string>();
                    list.Add(value);
                }
                else if (_flags.Contains(name) && inline is null)
                {
                    _values[name] = null;
                }
                else
                {
                    throw new UsageException($"Unknown option '{name}'.");
                }
            }
        }

        /// <summary>Every value of a repeatable option, in order (e.g. <c>--value a=1 --value b=2</c>).</summary>
        public IReadOnlyList<string> GetAll(string name) => _all.TryGetValue(name, out var list) ? list : Array.Empty<string>();

        public bool Has(string name) => _values.ContainsKey(name);

        public string? Get(string name) => _values.TryGetValue(name, out var v) ? v : null;

        public int GetInt(string name, int fallback, int min, int max)
        {
            var text = Get(name);
            if (text is null) return fallback;
            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            {
                throw new UsageException($"Option {name} must be a whole number from {min} to {max}; got '{text}'.");
            }

            return value;
        }

        public double GetDouble(string name, double fallback, double min, double max)
        {
            var text = Get(name);
            if (text is null) return fallback;
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || double.IsNaN(value) || value < min || value > max)
            {
                throw new UsageException($"Option {name} must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}; got '{text}'.");
            }

            return value;
        }

        /// <summary>A value that must not be blank when given.</summary>
        public string? GetNonEmpty(string name)
        {
            var value = Get(name);
            if (value is not null && value.Trim().Length == 0) throw new UsageException($"Option {name} must not be empty.");
            return value;
        }

        public bool GetOnOff(string name, bool fallback)
        {
            var text = Get(name);
            return text switch
            {
                null => fallback,
                "on" => true,
                "off" => false,
                _ => throw new UsageException($"Option {name} takes on or off; got '{text}'."),
            };
        }
    }
}
