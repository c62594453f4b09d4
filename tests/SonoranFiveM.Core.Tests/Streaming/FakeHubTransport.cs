using SonoranFiveM.Core.Streaming;

namespace SonoranFiveM.Core.Tests.Streaming
{
    /// <summary>A scripted hub: answers connects and sends from queues (default: accept), and records every call.</summary>
    internal sealed class FakeHubTransport : IHubTransport
    {
        public Queue<HubAttempt> ConnectAnswers { get; } = new Queue<HubAttempt>();
        public Queue<HubSendResult> SendAnswers { get; } = new Queue<HubSendResult>();
        /// <summary>The community user ids of each call's updates.</summary>
        public List<IReadOnlyList<string>> Sent { get; } = new List<IReadOnlyList<string>>();
        public int ConnectCalls { get; private set; }
        /// <summary>Runs while a call is in flight, e.g. to move the fake clock by the round trip.</summary>
        public Action? DuringSend { get; set; }

        public event Action<string>? Disconnected;
        public event Action<string>? PushReceived;

        public Task<HubAttempt> ConnectAsync(CancellationToken cancellationToken)
        {
            ConnectCalls++;
            return Task.FromResult(ConnectAnswers.Count > 0 ? ConnectAnswers.Dequeue() : HubAttempt.Authenticated);
        }

        public Task<HubSendResult> SendLocationsAsync(string updatesJson, CancellationToken cancellationToken)
        {
            Sent.Add(JArray.Parse(updatesJson).Select(u => (string)u["communityUserId"]!).ToList());
            DuringSend?.Invoke();
            return Task.FromResult(SendAnswers.Count > 0 ? SendAnswers.Dequeue() : HubSendResult.Accepted);
        }

        public void Drop(string reason) => Disconnected?.Invoke(reason);

        public void Push(string json) => PushReceived?.Invoke(json);
    }
}
