using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.OpenApi.Models;
using Microsoft.OpenApi.Readers;

namespace SonoranFiveM.IntegrationTests.Contract;

/// <summary>
/// Checks concrete requests against an OpenAPI document: the path matches a template (literal segments preferred
/// over parameters), the method exists there, required path parameters are present (integers where the schema says
/// so), required query parameters are present, a required body is present, and an operation secured by an HTTP
/// bearer scheme gets <c>Authorization: Bearer &lt;token&gt;</c>.
/// </summary>
public sealed class OpenApiContract
{
    private readonly List<PathTemplate> _templates;

    private OpenApiContract(OpenApiDocument document)
    {
        Document = document;
        _templates = document.Paths.Select(p => new PathTemplate(p.Key, p.Value)).ToList();
    }

    public OpenApiDocument Document { get; }

    /// <summary>Loads a YAML or JSON document. Reader errors throw; the document is a fixture, so it must be clean
    /// (after <see cref="NormalizeNullSecurityScopes"/>).</summary>
    public static OpenApiContract Load(Stream stream)
    {
        using var reader = new StreamReader(stream);
        var text = NormalizeNullSecurityScopes(reader.ReadToEnd());
        var document = new OpenApiStringReader().Read(text, out var diagnostic);
        if (diagnostic.Errors.Count > 0)
        {
            throw new InvalidDataException("OpenAPI document has errors: " + string.Join("; ", diagnostic.Errors.Select(e => $"{e.Pointer}: {e.Message}")));
        }

        return new OpenApiContract(document);
    }

    /// <summary>
    /// The Sonoran documents write security requirements as <c>- bearerAuth: null</c>; OpenAPI wants a scope list
    /// (<c>- bearerAuth: []</c>) and the reader rejects null. This rewrites exactly those list items under a
    /// <c>security:</c> key, leaving the rest of the document untouched.
    /// </summary>
    public static string NormalizeNullSecurityScopes(string yaml)
    {
        var lines = yaml.Replace("\r\n", "\n").Split('\n');
        var inSecurity = false;
        var securityIndent = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.TrimStart();
            var indent = line.Length - trimmed.Length;
            if (trimmed == "security:")
            {
                inSecurity = true;
                securityIndent = indent;
                continue;
            }

            if (!inSecurity) continue;
            var item = SecurityNullItem.Match(line);
            if (item.Success && indent >= securityIndent)
            {
                lines[i] = item.Groups[1].Value + ": []";
            }
            else if (trimmed.Length > 0 && indent <= securityIndent && !trimmed.StartsWith('-'))
            {
                inSecurity = false;
            }
        }

        return string.Join("\n", lines);
    }

    private static readonly Regex SecurityNullItem = new(@"^(\s*-\s+[A-Za-z0-9_.\-]+):\s*null\s*$", RegexOptions.CultureInvariant);

    public static OpenApiContract LoadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>The vendored Sonoran CAD v2 seed document, copied next to the test assembly.</summary>
    public static OpenApiContract LoadSonoranSeed() =>
        LoadFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", "sonoran-cad-v2.seed.yaml"));

    public ContractCheckResult Check(ContractRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var violations = new List<string>();
        var path = request.Url.IsAbsoluteUri ? request.Url.AbsolutePath : SplitRelative(request.Url.OriginalString).Path;
        var query = ParseQuery(request.Url.IsAbsoluteUri ? request.Url.Query : SplitRelative(request.Url.OriginalString).Query);
        var segments = Segments(path);

        var match = _templates
            .Select(t => (Template: t, Values: t.Match(segments)))
            .Where(m => m.Values is not null)
            .OrderByDescending(m => m.Template.LiteralCount)
            .FirstOrDefault();
        if (match.Template is null)
        {
            return new ContractCheckResult(null, null, new[] { $"No path in the document matches {path}." });
        }

        var template = match.Template;
        if (!TryOperationType(request.Method, out var type) || !template.Item.Operations.TryGetValue(type, out var operation))
        {
            var allowed = string.Join(", ", template.Item.Operations.Keys.Select(k => k.ToString().ToUpperInvariant()));
            return new ContractCheckResult(template.Template, null, new[] { $"{request.Method.ToUpperInvariant()} is not defined for {template.Template} (defined: {allowed})." });
        }

        var parameters = template.Item.Parameters.Concat(operation.Parameters).ToList();
        foreach (var p in parameters.Where(p => p.In == ParameterLocation.Path))
        {
            if (!match.Values!.TryGetValue(p.Name, out var value) || value.Length == 0)
            {
                violations.Add($"Path parameter {p.Name} is missing.");
            }
            else if (p.Schema?.Type == "integer" && !long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            {
                violations.Add($"Path parameter {p.Name} must be an integer; got '{value}'.");
            }
        }

        foreach (var p in parameters.Where(p => p.In == ParameterLocation.Query && p.Required))
        {
            if (!query.ContainsKey(p.Name)) violations.Add($"Required query parameter {p.Name} is missing.");
        }

        foreach (var p in parameters.Where(p => p.In == ParameterLocation.Header && p.Required))
        {
            if (!Header(request, p.Name, out _)) violations.Add($"Required header {p.Name} is missing.");
        }

        if (request.HasBody == false && operation.RequestBody?.Required == true)
        {
            violations.Add("A request body is required.");
        }

        var security = operation.Security.Count > 0 ? operation.Security : Document.SecurityRequirements;
        if (security.Any(requirement => requirement.Keys.Any(IsBearer)))
        {
            if (!Header(request, "Authorization", out var authorization))
            {
                violations.Add("Authorization header is missing (Bearer required).");
            }
            else if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || authorization.Length <= "Bearer ".Length
                     || authorization["Bearer ".Length..].Trim().Length == 0)
            {
                violations.Add("Authorization header must be 'Bearer <token>'.");
            }
        }

        return new ContractCheckResult(template.Template, operation.OperationId, violations);
    }

    private static bool IsBearer(OpenApiSecurityScheme scheme) =>
        scheme.Type == SecuritySchemeType.Http && string.Equals(scheme.Scheme, "bearer", StringComparison.OrdinalIgnoreCase);

    private static bool Header(ContractRequest request, string name, out string value)
    {
        foreach (var (key, v) in request.Headers)
        {
            if (!string.Equals(key, name, StringComparison.OrdinalIgnoreCase)) continue;
            value = v;
            return true;
        }

        value = "";
        return false;
    }

    private static bool TryOperationType(string method, out OperationType type) =>
        Enum.TryParse(method, ignoreCase: true, out type) && Enum.IsDefined(type);

    private static (string Path, string Query) SplitRelative(string url)
    {
        var q = url.IndexOf('?');
        return q < 0 ? (url, "") : (url[..q], url[q..]);
    }

    private static string[] Segments(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();

    private static Dictionary<string, string> ParseQuery(string query)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            var name = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            result[name] = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' '));
        }

        return result;
    }

    private sealed class PathTemplate
    {
        private readonly string[] _segments;

        public PathTemplate(string template, OpenApiPathItem item)
        {
            Template = template;
            Item = item;
            _segments = template.Split('/', StringSplitOptions.RemoveEmptyEntries);
            LiteralCount = _segments.Count(s => !IsParameter(s));
        }

        public string Template { get; }

        public OpenApiPathItem Item { get; }

        public int LiteralCount { get; }

        /// <summary>Parameter values by name, or null when the path does not fit this template.</summary>
        public Dictionary<string, string>? Match(string[] segments)
        {
            if (segments.Length != _segments.Length) return null;
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < segments.Length; i++)
            {
                if (IsParameter(_segments[i])) values[_segments[i][1..^1]] = segments[i];
                else if (!string.Equals(_segments[i], segments[i], StringComparison.Ordinal)) return null;
            }

            return values;
        }

        private static bool IsParameter(string segment) => segment.Length > 2 && segment[0] == '{' && segment[^1] == '}';
    }
}
