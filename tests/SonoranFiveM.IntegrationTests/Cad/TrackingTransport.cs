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
    private readonly Func<long> _timersCreated;
    private readonly object _gate = new();
    private readonly List<HttpRequest> _requests = new();
    private readonly List<HttpResponse?> _responses = new();
    private int _inFlight;
    private readonly List<(int Count, TaskCompletionSource Done)> _attemptWaiters = new();
    private TaskCompletionSource? _idle;
    private long _timersAtLastEnd;

    /// <param name="inner">The real transport.</param>
    /// <param name="timersCreated">Reads the fake clock's timer count; noted when each attempt ends.</param>
    public TrackingTransport(IHttpTransport inner, Func<long> timersCreated)
    {
        _inner = inner;
        _timersCreated = timersCreated;
    }

    /// <summary>The fake clock's timer count when the latest attempt ended: a timer armed after it is the retry delay.</summary>
    public long TimersAtLastEnd
    {
        get { lock (_gate) return _timersAtLastEnd; }
    }

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
        var release = new List<TaskCompletionSource>();
        lock (_gate)
        {
            _inFlight++;
            _requests.Add(request);
            attempt = _requests.Count;
            for (var i = _attemptWaiters.Count - 1; i >= 0; i--)
            {
                if (_attemptWaiters[i].Count > attempt) continue;
                release.Add(_attemptWaiters[i].Done);
                _attemptWaiters.RemoveAt(i);
            }
        }

        foreach (var done in release) done.TrySetResult();

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
            TaskCompletionSource? idle = null;
            lock (_gate)
            {
                _timersAtLastEnd = _timersCreated();
                if (--_inFlight == 0)
                {
                    idle = _idle;
                    _idle = null;
                }
            }

            idle?.TrySetResult();
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

    /// <summary>Completes once at least <paramref name="count"/> attempts have started.</summary>
    public Task WhenAttemptsAtLeastAsync(int count)
    {
        lock (_gate)
        {
            if (_requests.Count >= count) return Task.CompletedTask;
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _attemptWaiters.Add((count, done));
            return done.Task;
        }
    }
}
