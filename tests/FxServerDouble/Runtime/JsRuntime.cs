using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Dynamic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using CitizenFX.Core;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FxServerDouble
{
    /// <summary>
    /// FXServer's JS runtime for the resource's server scripts: a Node child process running <c>Js/script-host.js</c> with
    /// the FiveM globals of <c>tests/node/fxserver-shim.js</c>, bridged over stdio (JSON lines). Events the double dispatches
    /// reach the scripts' <c>on</c> handlers (clients' events only <c>onNet</c> ones) with GetInvokingResource as the
    /// dispatcher knows it; a script's <c>emit</c> is dispatched on the main thread as this resource's event, to C# and JS
    /// handlers alike; <c>emitNet</c> reaches the client. Arguments cross as JSON and arrive in msgpack's shapes.
    /// A script error (a handler that threw, an unhandled rejection) is a violation, as is the runtime dying.
    /// </summary>
    internal sealed class JsRuntime : IDisposable
    {
        private static readonly string[] HostFiles = { "script-host.js", "fxserver-shim.js" };
        private readonly FxServer _server;
        private readonly Process _node;
        private readonly string _folder;
        private readonly BlockingCollection<string> _outgoing = new BlockingCollection<string>();
        private readonly HashSet<string> _localEvents = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<string> _netEvents = new HashSet<string>(StringComparer.Ordinal);
        private readonly ManualResetEventSlim _ready = new ManualResetEventSlim();
        private readonly Thread _writer;
        private volatile bool _stopping;

        private JsRuntime(FxServer server, Process node, string folder)
        {
            _server = server;
            _node = node;
            _folder = folder;
            _writer = new Thread(Write) { IsBackground = true, Name = "FXServer JS runtime writer (double)" };
            _writer.Start();
            new Thread(Read) { IsBackground = true, Name = "FXServer JS runtime reader (double)" }.Start();
            new Thread(ReadConsole) { IsBackground = true, Name = "FXServer JS runtime console (double)" }.Start();
        }

        /// <summary>Starts Node and loads <paramref name="scripts"/> (absolute paths) in order; returns once they are loaded.</summary>
        public static JsRuntime Start(FxServer server, IReadOnlyList<string> scripts)
        {
            var folder = Path.Combine(Path.GetTempPath(), "fxserver-double-js-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            Directory.CreateDirectory(folder);
            foreach (var file in HostFiles)
            {
                using (var source = typeof(JsRuntime).Assembly.GetManifestResourceStream("FxServerDouble.Js." + file))
                using (var target = File.Create(Path.Combine(folder, file)))
                {
                    source.CopyTo(target);
                }
            }

            var start = new ProcessStartInfo(server.Options.NodeExecutable, "\"" + Path.Combine(folder, HostFiles[0]) + "\"")
            {
                UseShellExecute = false,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = new UTF8Encoding(false),
                StandardErrorEncoding = new UTF8Encoding(false),
                WorkingDirectory = folder,
            };
            Process node;
            try
            {
                node = Process.Start(start);
            }
            catch (System.ComponentModel.Win32Exception ex)
            {
                Directory.Delete(folder, true);
                throw new InvalidOperationException("the resource has JS server scripts and '" + server.Options.NodeExecutable + "' could not be started (" + ex.Message + "): install Node.js 16 or later", ex);
            }

            var runtime = new JsRuntime(server, node, folder);
            server.World.ConvarsChanged += runtime.SendConvars;
            runtime.SendConvars();
            runtime.Send(new JObject
            {
                ["t"] = "start",
                ["resource"] = server.ResourceName,
                ["path"] = server.World.ResourceFolder(server.ResourceName),
                ["scripts"] = new JArray(scripts.Cast<object>().ToArray()),
            });
            if (!runtime._ready.Wait(TimeSpan.FromSeconds(20)))
            {
                runtime.Dispose();
                throw new InvalidOperationException("the JS runtime did not load the server scripts within 20 s");
            }

            if (node.HasExited)
            {
                runtime.Dispose();
                throw new InvalidOperationException("the JS runtime (node) exited while loading the server scripts (see the console)");
            }

            return runtime;
        }

        /// <summary>Hands a dispatched event to the scripts if they handle it (main thread; never waits on Node).</summary>
        public void Deliver(string eventName, string source, object[] args, string invokingResource)
        {
            var fromClient = source != null && source.StartsWith("net:", StringComparison.Ordinal);
            lock (_localEvents)
            {
                if (!(fromClient ? _netEvents : _localEvents).Contains(eventName)) return;
            }

            Send(new JObject
            {
                ["t"] = "event",
                ["name"] = eventName,
                ["args"] = new JArray(args.Select(ToJson).ToArray()),
                ["invoking"] = invokingResource,
                ["client"] = fromClient,
                ["source"] = source ?? string.Empty,
            });
        }

        private void SendConvars()
        {
            var values = new JObject();
            foreach (var pair in _server.World.ReadableConvars(_server.ResourceName)) values[pair.Key] = pair.Value;
            Send(new JObject { ["t"] = "convars", ["values"] = values });
        }

        private void Send(JObject message)
        {
            if (_outgoing.IsAddingCompleted) return;
            try
            {
                _outgoing.Add(message.ToString(Formatting.None));
            }
            catch (InvalidOperationException)
            {
                // stopping
            }
        }

        private void Write()
        {
            // Written as UTF-8 without a byte-order mark, whatever the runtime's console encoding is.
            var stdin = new StreamWriter(_node.StandardInput.BaseStream, new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
            try
            {
                foreach (var line in _outgoing.GetConsumingEnumerable()) stdin.WriteLine(line);
                stdin.Close();
            }
            catch (IOException)
            {
                // Node is gone; Read reports it
            }
        }

        private void Read()
        {
            string line;
            while ((line = _node.StandardOutput.ReadLine()) != null)
            {
                JObject message;
                try
                {
                    message = JObject.Parse(line);
                }
                catch (JsonException)
                {
                    _server.WriteConsole("[script:" + _server.ResourceName + "] " + line);
                    continue;
                }

                Handle(message);
            }

            _ready.Set();
            if (_stopping) return;
            try
            {
                _node.WaitForExit();
                if (!_stopping) _server.Violation("the JS runtime (node) exited with code " + _node.ExitCode + " while the resource was running");
            }
            catch (InvalidOperationException)
            {
                // disposed while stopping
            }
        }

        private void Handle(JObject message)
        {
            var name = (string)message["name"];
            switch ((string)message["t"])
            {
                case "on":
                    lock (_localEvents) ((bool)message["net"] ? _netEvents : _localEvents).Add(name);
                    break;
                case "emit":
                {
                    var args = Arguments(message);
                    _server.MainThread.Post(() => _server.RaiseFromScript(name, args));
                    break;
                }

                case "emitNet":
                {
                    var args = Arguments(message);
                    var target = (string)message["target"];
                    _server.MainThread.Post(() => _server.World.DeliverClientEvent(target, name, args));
                    break;
                }

                case "error":
                    var text = (string)message["text"] ?? string.Empty;
                    _server.WriteConsole("[script:" + _server.ResourceName + "] " + text);
                    _server.Violation("a JS server script failed: " + text.Split('\n')[0]);
                    break;
                case "ready":
                    _ready.Set();
                    break;
            }
        }

        private void ReadConsole()
        {
            string line;
            while ((line = _node.StandardError.ReadLine()) != null) _server.WriteConsole("[script:" + _server.ResourceName + "] " + line);
        }

        private static object[] Arguments(JObject message) => ((message["args"] as JArray) ?? new JArray()).Select(FromJson).ToArray();

        /// <summary>A JSON value as msgpack hands it to C#: integers long, other numbers double, objects ExpandoObject, arrays List.</summary>
        private static object FromJson(JToken token)
        {
            switch (token.Type)
            {
                case JTokenType.Integer: return (long)token;
                case JTokenType.Float: return (double)token;
                case JTokenType.String: return (string)token;
                case JTokenType.Boolean: return (bool)token;
                case JTokenType.Array: return token.Select(FromJson).ToList();
                case JTokenType.Object:
                {
                    var table = new ExpandoObject();
                    IDictionary<string, object> fields = table;
                    foreach (var property in ((JObject)token).Properties()) fields[property.Name] = FromJson(property.Value);
                    return table;
                }

                default: return null;
            }
        }

        /// <summary>A dispatched (already packed) value as JSON; a vector is an array, as FXServer hands it to JS.</summary>
        private static JToken ToJson(object value)
        {
            switch (value)
            {
                case null: return JValue.CreateNull();
                case Vector3 v: return new JArray(v.X, v.Y, v.Z);
                case IDictionary<string, object> table:
                {
                    var result = new JObject();
                    foreach (var pair in table) result[pair.Key] = ToJson(pair.Value);
                    return result;
                }

                case string s: return new JValue(s);
                case System.Collections.IEnumerable items: return new JArray(items.Cast<object>().Select(ToJson).ToArray());
                default: return new JValue(value);
            }
        }

        /// <summary>Ends the runtime as FXServer does when the resource stops: queued events are delivered first.</summary>
        public void Dispose()
        {
            if (_stopping) return;
            _stopping = true;
            _server.World.ConvarsChanged -= SendConvars;
            _outgoing.CompleteAdding();
            _writer.Join(TimeSpan.FromSeconds(5));
            try
            {
                if (!_node.WaitForExit(5000)) _node.Kill();
            }
            catch (InvalidOperationException)
            {
                // already gone
            }

            _node.Dispose();
            try
            {
                Directory.Delete(_folder, true);
            }
            catch (IOException)
            {
                // a leftover temp folder is harmless
            }
        }
    }
}
