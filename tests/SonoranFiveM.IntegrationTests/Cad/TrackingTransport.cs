using System.Threading;

namespace SonoranFiveM.IntegrationTests.Cad;

/// <summary>Wraps the real transport and records every attempt the client makes, with its response.</summary>
internal sealed class TrackingTransport : IHttpTransport
{
    private readonly IHttpTransport _inner;
    private readonly object _gate = new();
    private readonly List<HttpRequest> _requests = new();
    private readonly List<HttpResponse?> _responses = new();

    public TrackingTransport(IHttpTransport inner) => _inner = inner;

    public int Attempts
    {
        get { lock (_gate) return _requests.Count; }
    }

    public IReadOnlyList<HttpRequest> Requests
    {
        get { lock (_gate) return _requests.ToArray(); }
    }

    /// <summary>One per attempt; null where the attempt was cancelled (attempt timeout).</summary>
    public IReadOnlyList<HttpResponse?> Responses
    {
        get { lock (_gate) return _responses.ToArray(); }
    }

    public async Task<HttpResponse> SendAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        lock (_gate) _requests.Add(request.Copy()); // the sent body goes back to its pool after the send
        HttpResponse? response = null;
        try
        {
            response = await _inner.SendAsync(request, cancellationToken);
            return response;
        }
        finally
        {
            lock (_gate) _responses.Add(response);
        }
    }
}
