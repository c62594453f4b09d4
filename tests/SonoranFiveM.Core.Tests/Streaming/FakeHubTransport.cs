using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SonoranFiveM.Core.Cad.Models;
using SonoranFiveM.Core.Streaming;

namespace SonoranFiveM.Core.Tests.Streaming
{
    /// <summary>A scripted hub: answers connects and sends from queues (default: accept), and records every call.</summary>
    internal sealed class FakeHubTransport : IHubTransport
    {
        public Queue<HubAttempt> ConnectAnswers { get; } = new Queue<HubAttempt>();
        public Queue<HubSendResult> SendAnswers { get; } = new Queue<HubSendResult>();
        public List<IReadOnlyList<UnitLocation>> Sent { get; } = new List<IReadOnlyList<UnitLocation>>();
        public int ConnectCalls { get; private set; }

        public event Action<string>? Disconnected;
        public event Action<string>? PushReceived;

        public Task<HubAttempt> ConnectAsync(CancellationToken cancellationToken)
        {
            ConnectCalls++;
            return Task.FromResult(ConnectAnswers.Count > 0 ? ConnectAnswers.Dequeue() : HubAttempt.Authenticated);
        }

        public Task<HubSendResult> SendLocationsAsync(IReadOnlyList<UnitLocation> updates, CancellationToken cancellationToken)
        {
            Sent.Add(updates.ToList());
            return Task.FromResult(SendAnswers.Count > 0 ? SendAnswers.Dequeue() : HubSendResult.Accepted);
        }

        public void Drop(string reason) => Disconnected?.Invoke(reason);

        public void Push(string json) => PushReceived?.Invoke(json);
    }
}
