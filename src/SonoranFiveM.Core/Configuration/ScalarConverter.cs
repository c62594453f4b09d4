using System;
using System.Globalization;
using System.Linq;
using System.Numerics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SonoranFiveM.Core.Configuration
{
    /// <summary>
    /// Reads option values strictly: a number is not text and text is not a number, unlike Newtonsoft's own
    /// coercion. On a mismatch it throws <see cref="ScalarMismatchException"/> saying what the owner wrote instead.
    /// Also reads convar text and formats values for messages.
    /// </summary>
    internal sealed class ScalarConverter : JsonConverter
    {
        public static readonly ScalarConverter Instance = new ScalarConverter();

        private const int MaxShownLength = 80;

        public override bool CanWrite => false;

        public override bool CanConvert(Type objectType)
        {
            var target = Nullable.GetUnderlyingType(objectType) ?? objectType;
            return target == typeof(string) || target == typeof(int) || target == typeof(double) || target == typeof(bool) || target.IsEnum;
        }

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
        {
            var target = Nullable.GetUnderlyingType(objectType) ?? objectType;
            var value = reader.Value;
            switch (reader.TokenType)
            {
                case JsonToken.String when target == typeof(string):
                    return value;
                case JsonToken.Integer when target == typeof(string):
                    // Community ids and Tines field ids are often written as numbers; they mean the same text.
                    return Convert.ToString(value, CultureInfo.InvariantCulture);
                case JsonToken.String when target.IsEnum && TryEnum(target, (string)value!, out var member):
                    return member;
                case JsonToken.Integer when target == typeof(int):
                case JsonToken.Float when target == typeof(int):
                    var whole = Number(value!);
                    return Math.Floor(whole) != whole ? throw new ScalarMismatchException("not a whole number")
                        : whole < int.MinValue || whole > int.MaxValue ? throw new ScalarMismatchException("too large")
                        : (object)(int)whole;
                case JsonToken.Integer when target == typeof(double):
                case JsonToken.Float when target == typeof(double):
                    return Number(value!);
                case JsonToken.Boolean when target == typeof(bool):
                    return value;
                default:
                    throw new ScalarMismatchException(Describe(reader.TokenType));
            }
        }

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer) => throw new NotSupportedException();

        /// <summary>Converts a convar's text.</summary>
        public static bool TryFromText(Type type, string text, out object? value)
        {
            value = null;
            var target = Nullable.GetUnderlyingType(type) ?? type;
            var trimmed = text.Trim();
            if (target == typeof(string))
            {
                value = trimmed;
            }
            else if (target.IsEnum)
            {
                return TryEnum(target, trimmed, out value);
            }
            else if (target == typeof(int) && int.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
            {
                value = whole;
            }
            else if (target == typeof(double) && double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && IsFinite(number))
            {
                value = number;
            }
            else if (target == typeof(bool) && new[] { "true", "1", "yes", "on", "false", "0", "no", "off" }.Contains(trimmed.ToLowerInvariant()))
            {
                value = new[] { "true", "1", "yes", "on" }.Contains(trimmed.ToLowerInvariant());
            }

            return value != null;
        }

        /// <summary>What a value of <paramref name="type"/> must look like, for the fix half of a message.</summary>
        public static string Expectation(Type type, bool forConvar)
        {
            var target = Nullable.GetUnderlyingType(type) ?? type;
            var quotes = forConvar ? "" : " without quotes";
            return target == typeof(int) ? "a whole number" + quotes
                : target == typeof(double) ? (forConvar ? "a number (use . for decimals)" : "a number without quotes")
                : target == typeof(bool) ? "true or false" + quotes
                : target.IsEnum ? "one of " + string.Join(", ", EnumNames(target).Select(n => forConvar ? n : "\"" + n + "\""))
                : forConvar ? "text" : "text in double quotes";
        }

        /// <summary>A value as an owner would write it in config.json.</summary>
        public static string Format(object? value)
        {
            switch (value)
            {
                case null:
                    return "null";
                case string s:
                    return Shorten(JsonConvert.ToString(s));
                case bool b:
                    return b ? "true" : "false";
                case Enum e:
                    return "\"" + e.ToString().ToLowerInvariant() + "\"";
                case double d:
                    // Past 15 digits the fixed form shows digits the owner never wrote.
                    return d.ToString(Math.Abs(d) < 1e15 ? "0.0##" : "G", CultureInfo.InvariantCulture);
                case IFormattable f:
                    return f.ToString(null, CultureInfo.InvariantCulture);
                default:
                    return Shorten(JsonConvert.SerializeObject(value));
            }
        }

        /// <summary>A name the owner chose, cut so a message that starts with it stays readable.</summary>
        public static string ShortName(string name) => name.Length <= OptionsBinder.MaxNameLength ? name : name.Substring(0, OptionsBinder.MaxNameLength - 1) + "…";

        public static string Show(JToken token) => Shorten(token.ToString(Formatting.None));

        public static string ShowText(string text) => Shorten(JsonConvert.ToString(text));

        public static string[] EnumNames(Type enumType) =>
            Enum.GetNames(enumType).Select(n => n.ToLowerInvariant()).ToArray();

        /// <summary>What the owner wrote, in words: "text", "a list", …</summary>
        public static string Describe(JToken token)
        {
            var reader = token.CreateReader();
            reader.Read();
            return Describe(reader.TokenType);
        }

        private static string Describe(JsonToken token)
        {
            switch (token)
            {
                case JsonToken.String: return "text";
                case JsonToken.Integer: return "a whole number";
                case JsonToken.Float: return "a decimal number";
                case JsonToken.Boolean: return "true/false";
                case JsonToken.StartObject: return "an object";
                case JsonToken.StartArray: return "a list";
                default: return token.ToString().ToLowerInvariant();
            }
        }

        /// <summary>
        /// Any JSON number as a finite double. A whole number beyond 64 bits arrives as a BigInteger; one beyond a
        /// double's range, like 1e400 or NaN, is reported rather than bound.
        /// </summary>
        private static double Number(object value)
        {
            var number = value is BigInteger big ? (double)big : Convert.ToDouble(value, CultureInfo.InvariantCulture);
            return IsFinite(number) ? number : throw new ScalarMismatchException(double.IsNaN(number) ? "not a number" : "too large");
        }

        private static bool TryEnum(Type enumType, string text, out object? value)
        {
            var name = Enum.GetNames(enumType).FirstOrDefault(n => string.Equals(n, text.Trim(), StringComparison.OrdinalIgnoreCase));
            value = name == null ? null : Enum.Parse(enumType, name);
            return name != null;
        }

        private static bool IsFinite(double number) => !double.IsNaN(number) && !double.IsInfinity(number);

        private static string Shorten(string text) =>
            text.Length <= MaxShownLength ? text : text.Substring(0, MaxShownLength - 1) + "…";
    }
}
