using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Threading;
using CitizenFX.Core;
using FxServerDouble;

namespace SonoranFiveM.EngineScenarios
{
    /// <summary>
    /// One scenario's server: the double with the resource folder, a nearest-postal resource and server.cfg convars,
    /// plus the waits and checks the scenarios share. Waits poll a condition with a generous bound; nothing sleeps blindly.
    /// </summary>
    public sealed class Harness : IDisposable
    {
        public const string Resource = "sonoran-fivem";
        private static int _folders;
        private readonly ScenarioContext _ctx;

        public Harness(ScenarioContext ctx, HarnessSetup setup = null)
        {
            _ctx = ctx;
            setup = setup ?? new HarnessSetup();
            ResourceFolder = Path.Combine(ctx.WorkFolder, "resource-" + Interlocked.Increment(ref _folders).ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(ResourceFolder);
            File.Copy(ctx.ConfigExample, Path.Combine(ResourceFolder, "config.example.json"));
            if (setup.Config != null)
            {
                var config = JObject.Parse(File.ReadAllText(ctx.ConfigExample));
                setup.Config(config);
                File.WriteAllText(Path.Combine(ResourceFolder, "config.json"), config.ToString());
            }

            if (setup.OutboxLines != null) File.WriteAllLines(Path.Combine(ResourceFolder, "outbox.jsonl"), setup.OutboxLines);

            var options = new FxServerOptions { ResourceName = Resource, ResourceFolder = ResourceFolder, PayloadFolder = ctx.PayloadFolder };
            if (setup.HubBridge)
            {
                foreach (var file in HubBridgeFiles)
                {
                    var target = Path.Combine(ResourceFolder, file);
                    Directory.CreateDirectory(Path.GetDirectoryName(target));
                    File.Copy(Path.Combine(ctx.ShippedFolder, file), target);
                }

                options.ServerScripts.Add(HubBridgeFiles[0]);
            }

            Server = new FxServer(options);
            var postals = Path.Combine(ctx.WorkFolder, "nearest-postal-" + _folders.ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(postals);
            File.WriteAllText(Path.Combine(postals, "new-postals.json"), PostalJson(setup.PostalsPerSide, setup.PostalSpacing));
            World.AddResource("nearest-postal", postals, new Dictionary<string, string> { ["postal_file"] = "new-postals.json" });

            World.SetConvar("onesync", "on");
            World.SetConvar("sonoran_baseUrl", ctx.Cad.BaseUrl);
            if (!setup.NoKey) SetKeyConvars(ctx, setup);

            foreach (var convar in setup.Convars) World.SetConvar(convar.Key, convar.Value);
        }

        public FxServer Server { get; }

        /// <summary>The hub bridge as shipped: the server script fxmanifest.lua lists, then the WebSocket client it loads.</summary>
        private static readonly string[] HubBridgeFiles = { Path.Combine("resource", "sonoran-hub.js"), Path.Combine("resource", "vendor", "ws.js") };

        private void SetKeyConvars(ScenarioContext ctx, HarnessSetup setup)
        {
            World.SetConvar("sonoran_communityId", ctx.Cad.CommunityId);
            if (setup.ApiKeyProtected)
            {
                World.SetProtectedConvar("sonoran_apiKey", ctx.Cad.ApiKey);
                if (setup.ApiKeyPermissionGranted) World.AddConvarPermission(Resource, "sonoran_apiKey");
            }
            else
            {
                World.SetConvar("sonoran_apiKey", ctx.Cad.ApiKey);
            }
        }

        public World World => Server.World;

        public ICadControl Cad => _ctx.Cad;

        public CallbackLog Callbacks() => Server.Callbacks;

        public string ResourceFolder { get; }

        /// <summary>Postal code at grid cell (i, j): "1" + i*100 + j, e.g. 10203 for (2, 3); positions are i*spacing, j*spacing.</summary>
        public static string PostalAt(int i, int j) => (10000 + i * 100 + j).ToString(CultureInfo.InvariantCulture);

        public const string ReadyLine = "commands and exports are live";

        /// <summary><c>ensure sonoran-fivem</c>, then (by default) waits until it says it is ready.</summary>
        public void Start(bool waitReady = true)
        {
            var before = Server.Console.Count;
            Server.StartResource();
            if (waitReady) WaitUntil(() => Server.Console.Skip(before).Any(l => l.Contains(ReadyLine)), "the resource to be ready");
        }

        public SimPlayer Join(string name, string license, Vector3? at = null)
            => World.Join(name, license, "discord" + license, "fivem" + license, at);

        /// <summary>A player types <paramref name="text"/>; returns the first chat line they get after it that <paramref name="match"/> accepts.</summary>
        public string Say(SimPlayer player, string text, Func<string, bool> match = null, int seconds = 20)
        {
            var before = player.Chat.Count;
            Server.Chat(player.Id, text);
            return NextChat(player, before, match, seconds, "a reply to '" + text + "'");
        }

        public string NextChat(SimPlayer player, int after, Func<string, bool> match, int seconds, string what)
        {
            string found = null;
            WaitUntil(() => (found = player.Chat.Skip(after).FirstOrDefault(l => match == null || match(l))) != null, what + " for " + player.Name, seconds);
            return found;
        }

        /// <summary>A console command (source 0); returns the console lines it printed within <paramref name="seconds"/> once <paramref name="done"/> holds.</summary>
        public IReadOnlyList<string> Console(string command, Func<IReadOnlyList<string>, bool> done = null, int seconds = 20)
        {
            var before = Server.Console.Count;
            Server.ExecuteCommand(0, command);
            IReadOnlyList<string> lines = null;
            WaitUntil(() => (lines = Server.Console.Skip(before).ToList()).Count > 0 && (done == null || done(lines)), "console output of '" + command + "'", seconds);
            return lines;
        }

        public void WaitConsole(string fragment, string what, int seconds = 20)
            => WaitUntil(() => Server.Console.Any(l => l.Contains(fragment)), what + " (console: '" + fragment + "')", seconds);

        public JObject WaitCad(Func<JObject, bool> condition, string what, int seconds = 30)
        {
            JObject state = null;
            WaitUntil(() => condition(state = Cad.State()), what, seconds, 200);
            return state;
        }

        public void WaitUntil(Func<bool> condition, string what, int seconds = 20, int pollMilliseconds = 50)
        {
            var watch = Stopwatch.StartNew();
            while (!condition())
            {
                if (watch.Elapsed.TotalSeconds > seconds) Fail("timed out after " + seconds + " s waiting for " + what);
                Thread.Sleep(pollMilliseconds);
            }
        }

        public void Expect(bool condition, string message)
        {
            if (!condition) Fail(message);
        }

        public void ExpectEqual(string expected, string actual, string what)
        {
            if (!string.Equals(expected, actual, StringComparison.Ordinal)) Fail(what + ": expected '" + expected + "' but was '" + actual + "'");
        }

        public void Fail(string message)
        {
            var console = Server.Console;
            throw new ScenarioFailure(message + "\n--- last console lines ---\n" + string.Join("\n", console.Skip(Math.Max(0, console.Count - 40))));
        }

        public static JObject Unit(JObject state, string communityUserId)
            => state["units"].Children<JObject>().FirstOrDefault(u => (string)u["data"]?["communityUserId"] == communityUserId);

        public static IEnumerable<JObject> Calls(JObject state) => state["calls"].Children<JObject>();

        /// <summary>The chat suggestions the player was sent, each {name, help, params}, from the chat:addSuggestions lists.</summary>
        public static IEnumerable<IDictionary<string, object>> Suggestions(SimPlayer player) =>
            player.ClientEvents.Where(e => e.Key == "chat:addSuggestions" && e.Value.Length == 1 && e.Value[0] is IList<object>)
                .SelectMany(e => ((IList<object>)e.Value[0]).OfType<IDictionary<string, object>>());

        public static JObject Call(JObject state, string descriptionFragment)
            => Calls(state).FirstOrDefault(c => ((string)c["description"] ?? string.Empty).Contains(descriptionFragment));

        /// <summary>Logs the main-thread timings, then checks that no native ran off the main thread and nothing threw into FXServer.</summary>
        public void Dispose()
        {
            try
            {
                foreach (var line in Server.Callbacks.Report()) _ctx.Log("main thread: " + line);
                if (Server.IsStarted) Server.StopResource();
                var violations = Server.Violations;
                if (violations.Count > 0) throw new ScenarioFailure("FXServer misuse:\n" + string.Join("\n", violations));
            }
            finally
            {
                Server.Dispose();
            }
        }

        private static string PostalJson(int perSide, float spacing)
        {
            var text = new StringBuilder("[");
            for (var i = 0; i < perSide; i++)
            {
                for (var j = 0; j < perSide; j++)
                {
                    if (text.Length > 1) text.Append(',');
                    text.Append("{\"code\":\"").Append(PostalAt(i, j)).Append("\",\"x\":").Append((i * spacing).ToString(CultureInfo.InvariantCulture))
                        .Append(",\"y\":").Append((j * spacing).ToString(CultureInfo.InvariantCulture)).Append('}');
                }
            }

            return text.Append(']').ToString();
        }
    }
}
