using System.Net.Http;
using Newtonsoft.Json.Linq;
using SonoranFiveM.Emulator;

namespace SonoranFiveM.EngineTests.Support
{
    /// <summary>A CAD emulator on 127.0.0.1 (port 0) for one scenario, seen through <see cref="ICadControl"/>.</summary>
    public sealed class EmulatorCad : ICadControl, IAsyncDisposable
    {
        private static readonly HttpClient Http = new HttpClient();
        private readonly CadEmulator _emulator;

        private EmulatorCad(CadEmulator emulator)
        {
            _emulator = emulator;
        }

        public static async Task<EmulatorCad> StartAsync()
            => new EmulatorCad(await CadEmulator.StartAsync(new EmulatorOptions { ApiKey = "engine-test-key-0123", CommunityId = "engine-community" }));

        public string BaseUrl => _emulator.BaseUrl;

        public string ApiKey => _emulator.Options.ApiKey;

        public string CommunityId => _emulator.Options.CommunityId;

        public void AddUnit(string communityUserId, string name) => _emulator.State.AddUnit(communityUserId, name);

        public void SetFaults(string profile) => _emulator.Faults.Set(profile);

        public JObject State() => JObject.Parse(Get("/_emulator/state"));

        public JArray Requests() => JArray.Parse(Get("/_emulator/requests?limit=10000"));

        public void Post(string route, JObject body)
        {
            using var content = new StringContent(body.ToString(Newtonsoft.Json.Formatting.None), System.Text.Encoding.UTF8, "application/json");
            using var response = Http.PostAsync(BaseUrl + route, content).GetAwaiter().GetResult();
            var text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            if (!response.IsSuccessStatusCode) throw new InvalidOperationException("POST " + route + " answered " + (int)response.StatusCode + ": " + text);
        }

        private string Get(string path) => Http.GetStringAsync(BaseUrl + path).GetAwaiter().GetResult();

        public ValueTask DisposeAsync() => _emulator.DisposeAsync();
    }
}
