using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using SonoranFiveM.Core.Streaming;

namespace SonoranFiveM.Cli.Hub
{
    /// <summary>
    /// The hub seam over the .NET SignalR client, for the CLI and tests (off FXServer, where managed sockets work).
    /// Inside FXServer the same seam is served by the JS bridge (<c>resource/sonoran-hub.js</c>).
    /// </summary>
    public sealed class SignalRHubTransport : IHubTransport, IAsyncDisposable
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
        private readonly string _hubUrl;
        private readonly string _communityId;
        private readonly string _apiKey;
        private readonly int _serverId;
        private HubConnection? _connection;

        public SignalRHubTransport(string baseUrl, string communityId, string apiKey, int serverId)
        {
            _hubUrl = baseUrl.TrimEnd('/') + "/apiWsHub";
            _communityId = communityId;
            _apiKey = apiKey;
            _serverId = serverId;
        }

        public event Action<string>? Disconnected;

        public event Action<string>? PushReceived;

        public async Task<HubAttempt> ConnectAsync(CancellationToken cancellationToken)
        {
            await CloseAsync().ConfigureAwait(false);
            var connection = new HubConnectionBuilder()
                .WithUrl(_hubUrl, o => o.Transports = HttpTransportType.WebSockets)
                .Build();
            connection.On<JsonElement>("pushEvent", payload => PushReceived?.Invoke(payload.GetRawText()));
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            try
            {
                await connection.StartAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                return HubAttempt.Down(Clean(e.Message));
            }

            try
            {
                await connection.InvokeAsync<bool>("authenticatev2", _communityId, _apiKey, _serverId, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                return e is HubException ? HubAttempt.Refused(Clean(e.Message)) : HubAttempt.Down(Clean(e.Message));
            }

            connection.Closed += error =>
            {
                if (ReferenceEquals(Volatile.Read(ref _connection), connection)) Disconnected?.Invoke(Clean(error?.Message ?? "connection closed"));
                return Task.CompletedTask;
            };
            Volatile.Write(ref _connection, connection);
            return HubAttempt.Authenticated;
        }

        public async Task<HubSendResult> SendLocationsAsync(string updatesJson, CancellationToken cancellationToken)
        {
            var connection = Volatile.Read(ref _connection);
            if (connection == null || connection.State != Microsoft.AspNetCore.SignalR.Client.HubConnectionState.Connected) return HubSendResult.Failed("not connected");
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            try
            {
                using var updates = JsonDocument.Parse(updatesJson);
                await connection.InvokeAsync<int>("unitLocation", updates.RootElement, timeout.Token).ConfigureAwait(false);
                return HubSendResult.Accepted;
            }
            catch (HubException e)
            {
                return HubSendResult.Rejected(Clean(e.Message));
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return HubSendResult.Failed(Clean(e.Message));
            }
        }

        private string Clean(string message) =>
            _apiKey.Length >= 4 ? message.Replace(_apiKey, "***", StringComparison.Ordinal) : message;

        private async Task CloseAsync()
        {
            var connection = Interlocked.Exchange(ref _connection, null);
            if (connection != null) await connection.DisposeAsync().ConfigureAwait(false);
        }

        public ValueTask DisposeAsync() => new(CloseAsync());
    }
}
