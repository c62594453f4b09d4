namespace SonoranFiveM.Core.Tests.TestSupport
{
    /// <summary>A scripted <see cref="IHttpTransport"/> that records every request it is given.</summary>
    public sealed class RecordingTransport : IHttpTransport
    {
        private readonly object _gate = new object();
        private readonly Queue<Func<HttpRequest, CancellationToken, Task<HttpResponse>>> _script = new Queue<Func<HttpRequest, CancellationToken, Task<HttpResponse>>>();
        private readonly List<HttpRequest> _requests = new List<HttpRequest>();
        private readonly List<(int Count, TaskCompletionSource<bool> Signal)> _waiters = new List<(int, TaskCompletionSource<bool>)>();

        /// <summary>Reply used when the script is empty.</summary>
        public Func<HttpRequest, HttpResponse> Default { get; set; } = _ => new HttpResponse(200, "{}");

        public IReadOnlyList<HttpRequest> Requests
        {
            get { lock (_gate) return _requests.ToArray(); }
        }

        public HttpRequest Last
        {
            get { lock (_gate) return _requests[_requests.Count - 1]; }
        }

        /// <summary>The only request sent; fails the test when there were none or several.</summary>
        public HttpRequest Single
        {
            get
            {
                lock (_gate) return _requests.Count == 1 ? _requests[0] : throw new InvalidOperationException("expected one request, got " + _requests.Count);
            }
        }

        public RecordingTransport Reply(int status, string body = "", IReadOnlyDictionary<string, string>? headers = null)
            => Enqueue((_, _) => Task.FromResult(new HttpResponse(status, body, headers)));

        public RecordingTransport Reply(HttpResponse response) => Enqueue((_, _) => Task.FromResult(response));

        public RecordingTransport ReplyNoResponse(string error, bool timedOut = false)
            => Enqueue((_, _) => Task.FromResult(HttpResponse.NoResponse(error, timedOut)));

        /// <summary>Never answers; completes only by cancellation (like a server that accepted the connection and went silent).</summary>
        public RecordingTransport Hang()
            => Enqueue(async (_, token) =>
            {
                await Task.Delay(Timeout.Infinite, token);
                throw new InvalidOperationException("unreachable");
            });

        public RecordingTransport Throw(Exception exception) => Enqueue((_, _) => throw exception);

        public Task<HttpResponse> SendAsync(HttpRequest request, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Func<HttpRequest, CancellationToken, Task<HttpResponse>>? step = null;
            List<TaskCompletionSource<bool>> ready = new List<TaskCompletionSource<bool>>();
            lock (_gate)
            {
                _requests.Add(request.Copy()); // the sent body goes back to its pool after the send
                if (_script.Count > 0) step = _script.Dequeue();
                _waiters.RemoveAll(w =>
                {
                    if (_requests.Count < w.Count) return false;
                    ready.Add(w.Signal);
                    return true;
                });
            }

            foreach (var signal in ready) signal.TrySetResult(true);
            return step != null ? step(request, cancellationToken) : Task.FromResult(Default(request));
        }

        /// <summary>Completes once <paramref name="count"/> requests have arrived (fails the test after 10 s of real time).</summary>
        public async Task WaitForRequestsAsync(int count)
        {
            var signal = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_gate)
            {
                if (_requests.Count >= count) return;
                _waiters.Add((count, signal));
            }

            var winner = await Task.WhenAny(signal.Task, Task.Delay(TimeSpan.FromSeconds(10)));
            if (winner != signal.Task) throw new TimeoutException($"Expected {count} requests, saw {Requests.Count}.");
        }

        private RecordingTransport Enqueue(Func<HttpRequest, CancellationToken, Task<HttpResponse>> step)
        {
            lock (_gate) _script.Enqueue(step);
            return this;
        }
    }
}
