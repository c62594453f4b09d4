namespace SonoranFiveM.IntegrationTests.Contract;

/// <summary>What a request was matched to and everything it gets wrong against the document (empty when valid).</summary>
public sealed record ContractCheckResult(string? PathTemplate, string? OperationId, IReadOnlyList<string> Violations)
{
    public bool IsValid => Violations.Count == 0;

    public override string ToString() =>
        IsValid ? $"OK {OperationId} ({PathTemplate})" : $"{OperationId ?? "no operation"}: {string.Join("; ", Violations)}";
}
