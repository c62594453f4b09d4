using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SonoranFiveM.Core.Postals
{
    /// <summary>
    /// Reads the standard postal JSON used by nearest-postal and most maps: <c>[{"code":"101","x":-1.5,"y":2.0}, …]</c>.
    /// <c>code</c> may be a string or a number; extra properties are ignored.
    /// </summary>
    public static class PostalFileReader
    {
        public static IReadOnlyList<Postal> ReadFile(string path)
        {
            if (path is null) throw new ArgumentNullException(nameof(path));
            string json;
            try
            {
                json = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is NotSupportedException || e is ArgumentException)
            {
                throw new PostalFileException(path, "cannot be read (" + e.Message + ")", e);
            }
            return Parse(json, path);
        }

        /// <param name="json">The file's text.</param>
        /// <param name="source">The file path or name, used in error messages.</param>
        public static IReadOnlyList<Postal> Parse(string? json, string source)
        {
            if (string.IsNullOrWhiteSpace(json))
                throw new PostalFileException(source, "is empty; expected a JSON array of {\"code\", \"x\", \"y\"} objects");

            JToken root;
            try
            {
                using var reader = new JsonTextReader(new StringReader(json!)) { FloatParseHandling = FloatParseHandling.Double };
                root = JToken.ReadFrom(reader);
            }
            catch (JsonReaderException e)
            {
                throw new PostalFileException(source, "is not valid JSON (line " + e.LineNumber + ", position " + e.LinePosition + ")", e);
            }

            if (!(root is JArray array))
                throw new PostalFileException(source, "must be a JSON array of {\"code\", \"x\", \"y\"} objects, but its top level is " + Describe(root.Type));
            if (array.Count == 0)
                throw new PostalFileException(source, "contains no postals (the array is empty)");

            var postals = new List<Postal>(array.Count);
            for (var i = 0; i < array.Count; i++)
            {
                if (!(array[i] is JObject entry))
                    throw new PostalFileException(source, "entry " + i + " is " + Describe(array[i].Type) + ", expected an object like {\"code\":\"101\",\"x\":0.0,\"y\":0.0}");
                postals.Add(new Postal(ReadCode(entry, i, source), ReadCoordinate(entry, "x", i, source), ReadCoordinate(entry, "y", i, source)));
            }
            return postals;
        }

        private static string ReadCode(JObject entry, int index, string source)
        {
            var token = entry["code"];
            string? code = token?.Type switch
            {
                JTokenType.String => (string?)token,
                JTokenType.Integer => ((long)token!).ToString(CultureInfo.InvariantCulture),
                _ => null,
            };
            if (token is null || token.Type == JTokenType.Null)
                throw new PostalFileException(source, "entry " + index + " has no \"code\"");
            if (code is null)
                throw new PostalFileException(source, "entry " + index + " has a \"code\" that is " + Describe(token.Type) + "; expected a string or a whole number");
            code = code.Trim();
            if (code.Length == 0)
                throw new PostalFileException(source, "entry " + index + " has an empty \"code\"");
            return code;
        }

        private static double ReadCoordinate(JObject entry, string name, int index, string source)
        {
            var token = entry[name];
            if (token is null || token.Type == JTokenType.Null)
                throw new PostalFileException(source, "entry " + index + " (code " + entry["code"] + ") has no \"" + name + "\"");
            if (token.Type != JTokenType.Float && token.Type != JTokenType.Integer)
                throw new PostalFileException(source, "entry " + index + " (code " + entry["code"] + ") has a \"" + name + "\" that is " + Describe(token.Type) + "; expected a number");
            var value = (double)token;
            if (double.IsNaN(value) || double.IsInfinity(value))
                throw new PostalFileException(source, "entry " + index + " (code " + entry["code"] + ") has a \"" + name + "\" that is not a finite number");
            return value;
        }

        private static string Describe(JTokenType type) => type switch
        {
            JTokenType.Object => "an object",
            JTokenType.Array => "an array",
            JTokenType.String => "a string",
            JTokenType.Integer => "a number",
            JTokenType.Float => "a number",
            JTokenType.Boolean => "a boolean",
            JTokenType.Null => "null",
            _ => type.ToString().ToLowerInvariant(),
        };
    }
}
