using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SonoranFiveM.Core.Http;

namespace SonoranFiveM.IntegrationTests.Cad;

/// <summary>
/// Wraps the real transport and records every attempt the client makes. It also says when no attempt is in
/// flight: then the client is either done or waiting on a fake-clock delay, so a test can advance the clock safely.
/// </summary>
internal sealed class TrackingTransport : IHttpTransport
{
    private readonly IHttpTransport _inner;
    private readonly object _gate = new();
    private readonly List<HttpRequest> _requests = new();
    private readonly List<HttpResponse?> _responses = new();
    private int _inFlight;
    private TaskCompletionSource? _idle;

    public TrackingTransport(IHttpTransport inner) => _inner = inner;

    /// <summary>Runs after each attempt that got a reply, with the attempt's 1-based number (e.g. to clear a fault).</summary>
    public Action<int, HttpResponse>? AfterAttempt { get; set; }

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
        int attempt;
        lock (_gate)
        {
            _inFlight++;
            _requests.Add(request);
            attempt = _requests.Count;
        }

        HttpResponse? response = null;
        try
        {
            response = await _inner.SendAsync(request, cancellationToken);
            return response;
        }
        finally
        {
            lock (_gate) _responses.Add(response);
            if (response is not null) AfterAttempt?.Invoke(attempt, response);
            TaskCompletionSource? release = null;
            lock (_gate)
            {
                if (--_inFlight == 0)
                {
                    release = _idle;
                    _idle = null;
                }
            }

            release?.TrySetResult();
        }
    }

    /// <summary>Completes when no attempt is in flight.</summary>
    public Task WhenIdleAsync()
    {
        lock (_gate)
        {
            if (_inFlight == 0) return Task.CompletedTask;
            _idle ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _idle.Task;
        }
    }
}
