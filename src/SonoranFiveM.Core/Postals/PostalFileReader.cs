using System.IO;
using Newtonsoft.Json;

namespace SonoranFiveM.Core.Postals
{
    /// <summary>
    /// Reads the standard postal JSON used by nearest-postal and most maps: <c>[{"code":"101","x":-1.5,"y":2.0}, …]</c>.
    /// <c>code</c> may be a string or a number; extra properties are ignored. The file is hostile until checked: a file
    /// over <see cref="MaxFileLength"/> is refused before it is parsed, and an entry that is not an object, has no usable
    /// code, or has a coordinate that is not a number within ±<see cref="PostalIndex.MapBound"/> is reported and skipped,
    /// as is every entry after the <see cref="PostalIndex.MaxPostals"/>th.
    /// </summary>
    public static class PostalFileReader
    {
        /// <summary>The largest file read, in characters (bytes for <see cref="ReadFile"/>); a real one is about 100 KB.</summary>
        public const int MaxFileLength = 4_000_000;

        /// <summary>The longest code kept; codes are shown to players in chat and sent to the CAD.</summary>
        public const int MaxCodeLength = 24;

        /// <summary>Skipped entries listed one by one; beyond this, one line counts the rest.</summary>
        public const int MaxReportedProblems = 20;

        /// <exception cref="PostalFileException">The file is missing, unreadable, too large, not a postal list, or has no usable entry.</exception>
        public static PostalFile ReadFile(string path)
        {
            if (path is null) throw new ArgumentNullException(nameof(path));
            string json;
            try
            {
                var length = new FileInfo(path).Length;
                if (length > MaxFileLength)
                    throw new PostalFileException(path, TooLarge(length));
                json = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is NotSupportedException || e is ArgumentException || e is System.Security.SecurityException)
            {
                throw new PostalFileException(path, "cannot be read (" + e.Message + ")", e);
            }
            return Parse(json, path);
        }

        /// <param name="json">The file's text.</param>
        /// <param name="source">The file path or name, used in messages.</param>
        /// <exception cref="PostalFileException">The text is empty, too large, not a postal list, or has no usable entry.</exception>
        public static PostalFile Parse(string? json, string source)
        {
            if (string.IsNullOrWhiteSpace(json))
                throw new PostalFileException(source, "is empty; expected a JSON array of {\"code\", \"x\", \"y\"} objects");
            if (json!.Length > MaxFileLength)
                throw new PostalFileException(source, TooLarge(json.Length));

            JToken root;
            try
            {
                using var reader = new JsonTextReader(new StringReader(json)) { FloatParseHandling = FloatParseHandling.Double, DateParseHandling = DateParseHandling.None, MaxDepth = 64 };
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

            var postals = new List<Postal>(Math.Min(array.Count, PostalIndex.MaxPostals));
            var problems = new List<string>();
            var skipped = 0;
            var unlisted = 0;
            string? first = null;
            for (var i = 0; i < array.Count; i++)
            {
                if (postals.Count == PostalIndex.MaxPostals)
                {
                    var rest = array.Count - i;
                    skipped += rest;
                    problems.Add(Where(source, i) + ": this and the " + (rest - 1) + " entries after it are skipped, because a postal map holds at most "
                        + PostalIndex.MaxPostals + " postals; use the postal file that belongs to your map");
                    break;
                }

                var problem = TryRead(array[i], i, out var postal);
                if (problem == null)
                {
                    postals.Add(postal);
                    continue;
                }

                skipped++;
                first ??= "entry " + i + problem;
                if (problems.Count < MaxReportedProblems) problems.Add(Where(source, i) + problem + "; the entry is skipped");
                else unlisted++;
            }

            if (unlisted > 0)
                problems.Add("Postal file '" + source + "': " + unlisted + " more entries were skipped for the same kinds of problems");
            if (postals.Count == 0)
                throw new PostalFileException(source, "has no usable postal; " + first);
            return new PostalFile(source, postals, problems, skipped);
        }

        /// <summary>Null when the entry is usable; otherwise what is wrong with it and the fix.</summary>
        private static string? TryRead(JToken token, int index, out Postal postal)
        {
            postal = default;
            if (!(token is JObject entry))
                return " is " + Describe(token.Type) + "; write an object like {\"code\":\"101\",\"x\":0.0,\"y\":0.0}";

            var codeToken = entry["code"];
            if (codeToken is null || codeToken.Type == JTokenType.Null)
                return " has no \"code\"; add the postal's code, e.g. \"code\":\"101\"";
            var code = codeToken.Type switch
            {
                JTokenType.String => (string?)codeToken,
                // A code above Int64 arrives as a BigInteger: its digits are the code all the same.
                JTokenType.Integer => Convert.ToString(((JValue)codeToken).Value, CultureInfo.InvariantCulture),
                _ => null,
            };
            if (code is null)
                return " has a \"code\" that is " + Describe(codeToken.Type) + "; write the code as text or a whole number";
            code = code.Trim();
            if (code.Length == 0)
                return " has an empty \"code\"; write the postal's code, e.g. \"code\":\"101\"";
            if (code.Length > MaxCodeLength)
                return " has a \"code\" " + code.Length + " characters long; a postal code is at most " + MaxCodeLength + " characters";

            var x = TryCoordinate(entry, "x", code, out var xValue);
            if (x != null) return x;
            var y = TryCoordinate(entry, "y", code, out var yValue);
            if (y != null) return y;
            postal = new Postal(code, xValue, yValue);
            return null;
        }

        private static string? TryCoordinate(JObject entry, string name, string code, out double value)
        {
            value = 0;
            var token = entry[name];
            if (token is null || token.Type == JTokenType.Null)
                return " (code " + code + ") has no \"" + name + "\"; add the postal's map coordinate";
            if (token.Type != JTokenType.Float && token.Type != JTokenType.Integer)
                return " (code " + code + ") has a \"" + name + "\" that is " + Describe(token.Type) + "; write a number without quotes";
            value = ((JValue)token).Value is System.Numerics.BigInteger big ? (double)big : Convert.ToDouble(((JValue)token).Value, CultureInfo.InvariantCulture);
            if (!PostalIndex.IsOnMap(value))
                return " (code " + code + ") has \"" + name + "\": " + Shown(token) + ", which is off the map; coordinates lie within ±"
                    + PostalIndex.MapBound.ToString(CultureInfo.InvariantCulture) + ", so use the postal file that belongs to your map";
            return null;
        }

        private static string Shown(JToken token)
        {
            var text = token.ToString(Formatting.None);
            return text.Length <= 24 ? text : text.Substring(0, 23) + "…";
        }

        private static string Where(string source, int index) => "Postal file '" + source + "', entry " + index;

        private static string TooLarge(long length) =>
            "is " + length + " characters, more than the " + MaxFileLength + " a postal file can be (a real one is about 100 KB); use the postal JSON from nearest-postal or your map";

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
