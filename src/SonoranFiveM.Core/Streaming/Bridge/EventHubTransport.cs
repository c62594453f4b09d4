using System.Collections.Concurrent;

namespace SonoranFiveM.Core.Streaming.Bridge
{
    /// <summary>
    /// The hub seam inside FXServer: requests go to the JS bridge (<c>resource/sonoran-hub.js</c>, on FXServer's Node
    /// runtime) as local events, and its answers come back through <see cref="OnResult"/>, <see cref="OnClosed"/> and
    /// <see cref="OnPush"/>. <paramref name="trigger"/> must post to the main thread (TriggerEvent is a native). The API key
    /// never travels in an event: the bridge reads the protected convar itself. Arguments from the bridge are checked,
    /// as any resource could raise these events.
    /// </summary>
    public sealed class EventHubTransport : IHubTransport
    {
        /// <summary>Largest push or reason text taken from the bridge.</summary>
        public const int MaxTextChars = 256 * 1024;

        private readonly Action<string, object[]> _trigger;
        private readonly string _hubUrl;
        private readonly string _communityId;
        private readonly int _serverId;
        private readonly TimeProvider _time;
        private readonly TimeSpan _timeout;
        private readonly ConcurrentDictionary<int, TaskCompletionSource<(string Outcome, string Reason)>> _pending =
            new ConcurrentDictionary<int, TaskCompletionSource<(string, string)>>();
        private int _nextId;

        public EventHubTransport(Action<string, object[]> trigger, string hubUrl, string communityId, int serverId, TimeProvider time, TimeSpan? timeout = null)
        {
            _trigger = trigger ?? throw new ArgumentNullException(nameof(trigger));
            _hubUrl = hubUrl ?? throw new ArgumentNullException(nameof(hubUrl));
            _communityId = communityId ?? string.Empty;
            _serverId = serverId;
            _time = time ?? throw new ArgumentNullException(nameof(time));
            _timeout = timeout ?? TimeSpan.FromSeconds(15);
        }

        public event Action<string>? Disconnected;

        public event Action<string>? PushReceived;

        /// <summary>Requests waiting for the bridge's answer.</summary>
        public int Pending => _pending.Count;

        public async Task<HubAttempt> ConnectAsync(CancellationToken cancellationToken)
        {
            var (outcome, reason) = await RequestAsync(HubBridgeEvents.Connect, cancellationToken, _hubUrl, _communityId, _serverId).ConfigureAwait(false);
            switch (outcome)
            {
                case "authenticated": return HubAttempt.Authenticated;
                case "refused": return HubAttempt.Refused(reason);
                default: return HubAttempt.Down(reason);
            }
        }

        public async Task<HubSendResult> SendLocationsAsync(string updatesJson, CancellationToken cancellationToken)
        {
            var (outcome, reason) = await RequestAsync(HubBridgeEvents.Send, cancellationToken, updatesJson).ConfigureAwait(false);
            switch (outcome)
            {
                case "accepted": return HubSendResult.Accepted;
                case "rejected": return HubSendResult.Rejected(reason);
                default: return HubSendResult.Failed(reason);
            }
        }

        /// <summary>The bridge answered a request: <c>(requestId, outcome, reason)</c>.</summary>
        public void OnResult(object? requestId, object? outcome, object? reason)
        {
            if (!TryId(requestId, out var id) || !(outcome is string text)) return;
            if (_pending.TryRemove(id, out var waiter)) waiter.TrySetResult((text, Text(reason)));
        }

        /// <summary>The authenticated connection dropped.</summary>
        public void OnClosed(object? reason) => Disconnected?.Invoke(Text(reason));

        /// <summary>A push event's JSON text.</summary>
        public void OnPush(object? payloadJson)
        {
            if (payloadJson is string json && json.Length <= MaxTextChars) PushReceived?.Invoke(json);
        }

        /// <summary>Asks the bridge to close the connection (resource stop, reload).</summary>
        public void Stop() => _trigger(HubBridgeEvents.Stop, Array.Empty<object>());

        private async Task<(string Outcome, string Reason)> RequestAsync(string eventName, CancellationToken cancellationToken, params object[] args)
        {
            var id = Interlocked.Increment(ref _nextId);
            var waiter = new TaskCompletionSource<(string, string)>(TaskCreationOptions.RunContinuationsAsynchronously);
            _pending[id] = waiter;
            var all = new object[args.Length + 1];
            all[0] = id;
            Array.Copy(args, 0, all, 1, args.Length);
            try
            {
                _trigger(eventName, all);
                using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
                {
                    var delay = _time.Delay(_timeout, timeout.Token);
                    var done = await Task.WhenAny(waiter.Task, delay).ConfigureAwait(false);
                    timeout.Cancel();
                    if (done == waiter.Task) return waiter.Task.Result;
                }

                cancellationToken.ThrowIfCancellationRequested();
                return ("down", "the hub bridge (resource/sonoran-hub.js) did not answer within "
                    + _timeout.TotalSeconds.ToString("0", CultureInfo.InvariantCulture) + " s; check that fxmanifest.lua lists it as a server_script");
            }
            finally
            {
                _pending.TryRemove(id, out _);
            }
        }

        private static bool TryId(object? value, out int id)
        {
            switch (value)
            {
                case int i: id = i; return true;
                case long l when l >= int.MinValue && l <= int.MaxValue: id = (int)l; return true;
                case double d when d >= int.MinValue && d <= int.MaxValue && Math.Abs(d - Math.Round(d)) < 1e-9: id = (int)d; return true;
                default: id = 0; return false;
            }
        }

        private static string Text(object? value)
        {
            var text = value as string ?? string.Empty;
            return text.Length > 300 ? text.Substring(0, 300) : text;
        }
    }
}
