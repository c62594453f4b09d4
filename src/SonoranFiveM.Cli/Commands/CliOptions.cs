using System.CommandLine.Parsing;
using SonoranFiveM.Emulator.Faults;

namespace SonoranFiveM.Cli.Commands
{
    /// <summary>
    /// The option kinds the commands use. Each option is declared once: its name, value name, description, default and
    /// bounds give the help text, the parsing and the error ("Option --players must be a whole number from 0 to 100000;
    /// got 'many'.").
    /// </summary>
    internal static class CliOptions
    {
        public static Option<int> Int(string name, string valueName, string description, int fallback, int min, int max) =>
            Parsed(name, valueName, description, () => fallback, text =>
                int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
                    ? value
                    : throw new FormatException($"Option {name} must be a whole number from {min} to {max}; got '{text}'."));

        /// <summary>A whole number that is absent (null) unless given.</summary>
        public static Option<int?> OptionalInt(string name, string valueName, string description, int min, int max) =>
            Parsed<int?>(name, valueName, description, () => null, text =>
                int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
                    ? value
                    : throw new FormatException($"Option {name} must be a whole number from {min} to {max}; got '{text}'."));

        public static Option<double> Number(string name, string valueName, string description, double fallback, double min, double max) =>
            Parsed(name, valueName, description, () => fallback, text => ParseNumber(name, text, min, max));

        /// <summary>A number that is absent (null) unless given.</summary>
        public static Option<double?> OptionalNumber(string name, string valueName, string description, double min, double max) =>
            Parsed<double?>(name, valueName, description, () => null, text => ParseNumber(name, text, min, max));

        /// <summary>Text that must not be blank when given; null when not given.</summary>
        public static Option<string?> Text(string name, string valueName, string description) =>
            Parsed(name, valueName, description, () => (string?)null, text =>
                text.Trim().Length > 0 ? text : throw new FormatException($"Option {name} must not be empty."));

        /// <summary><c>on</c> or <c>off</c> (read with <see cref="IsOn"/>). Not a bool option: those take only true/false.</summary>
        public static Option<string> OnOff(string name, string description, bool fallback) =>
            OneOf(name, description, fallback ? "on" : "off", "on", "off");

        /// <summary>One of a few fixed words, e.g. <c>websocket|http</c>.</summary>
        public static Option<string> OneOf(string name, string description, string fallback, params string[] values) =>
            Parsed(name, string.Join("|", values), description, () => fallback, text =>
                Array.IndexOf(values, text) >= 0
                    ? text
                    : throw new FormatException($"Option {name} takes {string.Join(", ", values[..^1])} or {values[^1]}; got '{text}'."));

        public static bool IsOn(string value) => value == "on";

        public static Option<bool> Flag(string name, string description) => new(name) { Description = description };

        /// <summary>An absolute http(s) URL, without a trailing slash.</summary>
        public static Option<string?> Url(string name, string description) =>
            Parsed(name, "URL", description, () => (string?)null, text =>
                Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == "http" || uri.Scheme == "https")
                    ? text.TrimEnd('/')
                    : throw new FormatException($"Option {name} must be an absolute http(s) URL; got '{text}'."));

        /// <summary>Emulator fault profiles, checked with the emulator's own parser.</summary>
        public static Option<string?> Faults(string description) =>
            Parsed(name: "--faults", "PROFILE[,...]", description, () => (string?)null, text =>
            {
                if (text.Trim().Length == 0) throw new FormatException("Option --faults must not be empty.");
                FaultProfile.Parse(text);
                return text;
            });

        /// <summary>A repeatable <c>key=value</c> option (<c>--value a=1 --value b=2</c>).</summary>
        public static Option<IReadOnlyDictionary<string, string>> Pairs(string name, string valueName, string description)
        {
            var option = new Option<IReadOnlyDictionary<string, string>>(name)
            {
                Description = description,
                HelpName = valueName,
                Arity = ArgumentArity.ZeroOrMore,
                DefaultValueFactory = _ => new Dictionary<string, string>(StringComparer.Ordinal),
            };
            option.CustomParser = result =>
            {
                var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var token in result.Tokens)
                {
                    var eq = token.Value.IndexOf('=');
                    if (eq <= 0)
                    {
                        result.AddError($"Option {name} takes key=value; got '{token.Value}'.");
                        return pairs;
                    }

                    pairs[token.Value[..eq]] = token.Value[(eq + 1)..];
                }

                return pairs;
            };
            return option;
        }

        private static double ParseNumber(string name, string text, double min, double max) =>
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && !double.IsNaN(value) && value >= min && value <= max
                ? value
                : throw new FormatException($"Option {name} must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}; got '{text}'.");

        /// <summary>One value; <paramref name="parse"/> throws <see cref="FormatException"/> with the message to show.</summary>
        private static Option<T> Parsed<T>(string name, string valueName, string description, Func<T> fallback, Func<string, T> parse)
        {
            return new Option<T>(name)
            {
                Description = description,
                HelpName = valueName,
                DefaultValueFactory = _ => fallback(),
                CustomParser = result =>
                {
                    if (result.Tokens.Count == 0) return fallback();
                    try
                    {
                        return parse(result.Tokens[^1].Value);
                    }
                    catch (FormatException e)
                    {
                        result.AddError(e.Message);
                        return fallback();
                    }
                },
            };
        }
    }
}
