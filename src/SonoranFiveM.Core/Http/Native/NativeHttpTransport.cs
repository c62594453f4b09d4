using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SonoranFiveM.Core.Engine;

namespace SonoranFiveM.Core.Http.Native
{
    /// <summary>
    /// <see cref="IHttpTransport"/> over FXServer's own HTTP client (the <c>PerformHttpRequestInternal</c> native and the
    /// <c>__cfx_internal:httpResponse</c> event), which avoids Mono's TLS and Linux DNS problems inside FXServer.
    /// The native is called on the main thread through <see cref="IMainThread"/>; the adapter forwards each response
    /// event to <see cref="OnResponse"/>. Every request ends: with the response, with a timeout, or with cancellation.
    /// </summary>
    public sealed class NativeHttpTransport : IHttpTransport
    {
        /// <summary>Called on the main thread with the request JSON; returns the native's request token, or -1 on failure.</summary>
        public delegate int PerformRequest(string requestJson);

        private readonly IMainThread _mainThread;
        private readonly PerformRequest _performRequest;
        private readonly TimeProvider _time;
        private readonly ConcurrentDictionary<int, PendingRequest> _pending = new ConcurrentDictionary<int, PendingRequest>();

        public NativeHttpTransport(IMainThread mainThread, PerformRequest performRequest, TimeProvider time)
        {
            _mainThread = mainThread;
            _performRequest = performRequest;
            _time = time;
        }

        /// <summary>Requests sent and not yet answered.</summary>
        public int PendingCount => _pending.Count;

        public Task<HttpResponse> SendAsync(HttpRequest request, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var json = NativeHttpRequestJson.Build(request);
            var pending = new PendingRequest(done =>
            {
                if (done.Token.HasValue) _pending.TryRemove(done.Token.Value, out _);
            });

            pending.Timer = _time.CreateTimer(
                _ => pending.TryComplete(HttpResponse.NoResponse("no response within " + request.Timeout.TotalSeconds + " s", timedOut: true)),
                null, request.Timeout, Timeout.InfiniteTimeSpan);
            if (cancellationToken.CanBeCanceled)
            {
                pending.Cancellation = cancellationToken.Register(() => pending.TryCancel(cancellationToken));
            }

            _mainThread.Post(() =>
            {
                if (pending.IsCompleted) return;
                int token;
                try
                {
                    token = _performRequest(json);
                }
                catch (Exception ex)
                {
                    pending.TryComplete(HttpResponse.NoResponse("FXServer could not start the request: " + ex.Message));
                    return;
                }

                if (token < 0)
                {
                    pending.TryComplete(HttpResponse.NoResponse("FXServer refused the request (bad URL or method)"));
                    return;
                }

                pending.Token = token;
                _pending[token] = pending;
                if (pending.IsCompleted) _pending.TryRemove(token, out _);
            });

            return pending.Task;
        }

        /// <summary>
        /// The <c>__cfx_internal:httpResponse</c> event's six arguments, exactly as FXServer passes them (see
        /// <see cref="NativeHttpResponseEvent"/>). Unreadable or unknown tokens are ignored.
        /// </summary>
        public void OnResponse(object? token, object? status, object? body, object? headers, object? errorData, object? errorHeaders)
        {
            if (!NativeHttpResponseEvent.TryRead(token, status, body, headers, errorData, errorHeaders, out var requestToken, out var response)) return;
            if (_pending.TryRemove(requestToken, out var pending)) pending.TryComplete(response);
        }

        private sealed class PendingRequest
        {
            private readonly TaskCompletionSource<HttpResponse> _completion =
                new TaskCompletionSource<HttpResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
            private readonly Action<PendingRequest> _onDone;

            public PendingRequest(Action<PendingRequest> onDone)
            {
                _onDone = onDone;
            }

            public ITimer? Timer { get; set; }
            public CancellationTokenRegistration Cancellation { get; set; }
            public int? Token { get; set; }
            public Task<HttpResponse> Task => _completion.Task;
            public bool IsCompleted => _completion.Task.IsCompleted;

            public void TryComplete(HttpResponse response)
            {
                if (_completion.TrySetResult(response)) Release();
            }

            public void TryCancel(CancellationToken token)
            {
                if (_completion.TrySetCanceled(token)) Release();
            }

            private void Release()
            {
                Timer?.Dispose();
                Cancellation.Dispose();
                _onDone(this);
            }
        }
    }
}
