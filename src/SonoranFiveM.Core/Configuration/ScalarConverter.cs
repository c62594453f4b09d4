using System;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SonoranFiveM.Core.Configuration
{
    /// <summary>Converts config.json values and convar text to option types, describing what was wrong when it cannot.</summary>
    internal static class ScalarConverter
    {
        private const int MaxShownLength = 80;

        /// <summary>Converts a JSON value. On failure <paramref name="found"/> says what the owner wrote instead ("text", "true/false", …).</summary>
        public static bool TryFromJson(Type type, JToken token, out object? value, out string found)
        {
            value = null;
            found = Describe(token);
            var target = Nullable.GetUnderlyingType(type) ?? type;
            switch (token.Type)
            {
                case JTokenType.String when target == typeof(string):
                    value = (string?)token ?? "";
                    return true;
                case JTokenType.Integer when target == typeof(string):
                    // Community ids and Tines field ids are often written as numbers; they mean the same text.
                    value = Convert.ToString(((JValue)token).Value, CultureInfo.InvariantCulture);
                    return true;
                case JTokenType.String when target.IsEnum:
                    return TryEnum(target, (string?)token ?? "", out value);
                case JTokenType.Integer when target == typeof(int):
                case JTokenType.Float when target == typeof(int):
                    return TryWholeNumber(token, out value, ref found);
                case JTokenType.Integer when target == typeof(double):
                case JTokenType.Float when target == typeof(double):
                    return TryNumber(token, out value, ref found);
                case JTokenType.Boolean when target == typeof(bool):
                    value = token.Value<bool>();
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>Converts a convar's text.</summary>
        public static bool TryFromText(Type type, string text, out object? value)
        {
            value = null;
            var target = Nullable.GetUnderlyingType(type) ?? type;
            var trimmed = text.Trim();
            if (target == typeof(string))
            {
                value = trimmed;
                return true;
            }

            if (target.IsEnum)
            {
                return TryEnum(target, trimmed, out value);
            }

            if (target == typeof(int))
            {
                if (int.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
                {
                    value = number;
                    return true;
                }

                return false;
            }

            if (target == typeof(double))
            {
                if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && IsFinite(number))
                {
                    value = number;
                    return true;
                }

                return false;
            }

            if (target == typeof(bool))
            {
                switch (trimmed.ToLowerInvariant())
                {
                    case "true":
                    case "1":
                    case "yes":
                    case "on":
                        value = true;
                        return true;
                    case "false":
                    case "0":
                    case "no":
                    case "off":
                        value = false;
                        return true;
                }
            }

            return false;
        }

        /// <summary>What a value of <paramref name="type"/> must look like, for the fix half of a message.</summary>
        public static string Expectation(Type type, bool forConvar)
        {
            var target = Nullable.GetUnderlyingType(type) ?? type;
            if (target == typeof(int))
            {
                return forConvar ? "a whole number" : "a whole number without quotes";
            }

            if (target == typeof(double))
            {
                return forConvar ? "a number (use . for decimals)" : "a number without quotes";
            }

            if (target == typeof(bool))
            {
                return forConvar ? "true or false" : "true or false without quotes";
            }

            if (target.IsEnum)
            {
                return "one of " + string.Join(", ", EnumNames(target).Select(n => forConvar ? n : "\"" + n + "\""));
            }

            return forConvar ? "text" : "text in double quotes";
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

        private static bool TryEnum(Type enumType, string text, out object? value)
        {
            value = null;
            foreach (var name in Enum.GetNames(enumType))
            {
                if (string.Equals(name, text.Trim(), StringComparison.OrdinalIgnoreCase))
                {
                    value = Enum.Parse(enumType, name);
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Any JSON number as a double. Newtonsoft reads a whole number beyond 64 bits as a BigInteger, which
        /// <c>Value&lt;double&gt;()</c> cannot convert; such a number, like one beyond a double's range, is reported as too large.
        /// </summary>
        private static bool TryNumber(JToken token, out object? value, ref string found)
        {
            value = null;
            double number;
            switch (((JValue)token).Value)
            {
                case System.Numerics.BigInteger big:
                    number = (double)big;
                    break;
                case IConvertible convertible:
                    number = convertible.ToDouble(CultureInfo.InvariantCulture);
                    break;
                default:
                    return false;
            }

            if (!IsFinite(number))
            {
                found = double.IsNaN(number) ? "not a number" : "too large";
                return false;
            }

            value = number;
            return true;
        }

        private static bool TryWholeNumber(JToken token, out object? value, ref string found)
        {
            value = null;
            if (!TryNumber(token, out var converted, ref found))
            {
                return false;
            }

            var number = (double)converted!;
            if (Math.Floor(number) != number)
            {
                found = "not a whole number";
                return false;
            }

            if (number < int.MinValue || number > int.MaxValue)
            {
                found = "too large";
                return false;
            }

            value = (int)number;
            return true;
        }

        private static bool IsFinite(double number) => !double.IsNaN(number) && !double.IsInfinity(number);

        private static string Describe(JToken token)
        {
            switch (token.Type)
            {
                case JTokenType.String: return "text";
                case JTokenType.Integer: return "a whole number";
                case JTokenType.Float: return "a decimal number";
                case JTokenType.Boolean: return "true/false";
                case JTokenType.Object: return "an object";
                case JTokenType.Array: return "a list";
                default: return token.Type.ToString().ToLowerInvariant();
            }
        }

        private static string Shorten(string text) =>
            text.Length <= MaxShownLength ? text : text.Substring(0, MaxShownLength - 1) + "…";
    }
}
