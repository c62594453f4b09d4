namespace SonoranFiveM.IntegrationTests.Contract;

/// <summary>A concrete request to check: method, absolute or relative URL, headers, and (when known) whether it has a body.</summary>
public sealed record ContractRequest(string Method, Uri Url, IReadOnlyDictionary<string, string> Headers, bool? HasBody = null)
{
    public static ContractRequest Create(string method, string url, IReadOnlyDictionary<string, string>? headers = null, bool? hasBody = null) =>
        new(method, new Uri(url, UriKind.RelativeOrAbsolute), headers ?? new Dictionary<string, string>(), hasBody);
}
