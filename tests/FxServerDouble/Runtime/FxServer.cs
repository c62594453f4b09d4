using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using CitizenFX.Core;

namespace FxServerDouble
{
    /// <summary>
    /// A stand-in FXServer for one resource: a main thread at 20 Hz that runs every tick, event handler, command and export
    /// of the resource (timed in <see cref="Callbacks"/>), a simulated <see cref="World"/> behind the natives, and FXServer's
    /// HTTP natives over real HTTP. A native called off the main thread throws, as on a real server, and is recorded in
    /// <see cref="Violations"/>. One instance at a time per process (the natives are static).
    /// </summary>
    public sealed class FxServer : IDisposable
    {
        private static readonly Regex ColourCodes = new Regex(@"\^\d", RegexOptions.Compiled);
        private static FxServer _running;

        private readonly List<string> _console = new List<string>();
        private readonly List<string> _violations = new List<string>();
        private readonly List<KeyValuePair<string, object[]>> _resourceEvents = new List<KeyValuePair<string, object[]>>();
        private readonly Dictionary<string, Command> _commands = new Dictionary<string, Command>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<Delegate, Task> _runningTicks = new Dictionary<Delegate, Task>();
        private readonly List<BaseScript> _scripts = new List<BaseScript>();
        private readonly ResourceLoader _loader;
        private JsRuntime _js;
        private long _lastFrameAt;

        public FxServer(FxServerOptions options)
        {
            if (Interlocked.CompareExchange(ref _running, this, null) != null) throw new InvalidOperationException("another FxServer is running in this process");
            Options = options;
            World = new World(this);
            World.AddResource(options.ResourceName, options.ResourceFolder);
            Http = new HttpBridge(this);
            _loader = new ResourceLoader(options.PayloadFolder);
            MainThread = new MainThread(Frame);
        }

        internal static FxServer Running => _running ?? throw new InvalidOperationException("no FxServer is running (a native was called outside the double)");

        public FxServerOptions Options { get; }

        public string ResourceName => Options.ResourceName;

        public World World { get; }

        public MainThread MainThread { get; }

        public CallbackLog Callbacks { get; } = new CallbackLog();

        public bool IsStarted { get; private set; }

        internal EventRegistry Events { get; } = new EventRegistry();

        internal Dictionary<string, Delegate> Exports { get; } = new Dictionary<string, Delegate>(StringComparer.Ordinal);

        internal HttpBridge Http { get; }

        /// <summary>HTTP requests started by the resource and not yet answered.</summary>
        public int HttpInFlight => Http.InFlight;

        /// <summary>Console lines (colour codes removed), oldest first.</summary>
        public IReadOnlyList<string> Console
        {
            get { lock (_console) return _console.ToList(); }
        }

        /// <summary>Natives called off the main thread, and other misuse FXServer would punish.</summary>
        public IReadOnlyList<string> Violations
        {
            get { lock (_violations) return _violations.ToList(); }
        }

        /// <summary>Events the resource raised with TriggerEvent, as other resources receive them.</summary>
        public IReadOnlyList<KeyValuePair<string, object[]>> ResourceEvents
        {
            get { lock (_resourceEvents) return _resourceEvents.ToList(); }
        }

        // ----- resource lifecycle -----

        /// <summary><c>ensure</c>: loads the assemblies anew, constructs every script (timed as "start"), raises onResourceStart.</summary>
        public void StartResource() => MainThread.Invoke(() =>
        {
            if (IsStarted) throw new InvalidOperationException("the resource is already started");
            var assembly = _loader.LoadEntry(Options.EntryAssembly);
            foreach (var type in ResourceLoader.ScriptTypes(assembly))
            {
                Timed("start", type.Name, () => _scripts.Add((BaseScript)Activator.CreateInstance(type)));
            }

            // fxmanifest order: the .net.dll first, then the JS server scripts (loaded before any tick or event runs).
            if (Options.ServerScripts.Count > 0)
            {
                _js = JsRuntime.Start(this, Options.ServerScripts.Select(s => System.IO.Path.Combine(Options.ResourceFolder, s)).ToList());
            }

            IsStarted = true;
            Dispatch("onResourceStart", string.Empty, new object[] { ResourceName });
        });

        /// <summary><c>stop</c>: raises onResourceStop (timed as "event"), then forgets the scripts, handlers, commands and exports.</summary>
        public void StopResource() => MainThread.Invoke(() =>
        {
            if (!IsStarted) return;
            Dispatch("onResourceStop", string.Empty, new object[] { ResourceName });
            IsStarted = false;
            _js?.Dispose();
            _js = null;
            _scripts.Clear();
            _runningTicks.Clear();
            Events.Clear();
            Exports.Clear();
            _commands.Clear();
        });

        // ----- what players, the console and other resources do -----

        /// <summary>A player types a chat message; a leading slash runs the command as that player.</summary>
        public void Chat(int playerId, string text)
        {
            if (text.StartsWith("/", StringComparison.Ordinal)) ExecuteCommand(playerId, text.Substring(1));
        }

        /// <summary>Runs a command line as <paramref name="source"/> (0 = the server console). Restricted commands need
        /// the ACE <c>command.&lt;name&gt;</c> for players.</summary>
        public void ExecuteCommand(int source, string raw) => MainThread.Invoke(() =>
        {
            var args = raw.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (args.Length == 0 || !_commands.TryGetValue(args[0], out var command))
            {
                WriteConsole("No such command " + (args.Length > 0 ? args[0] : string.Empty) + ".");
                return;
            }

            if (command.Restricted && source > 0 && !World.IsAceAllowed(source.ToString(CultureInfo.InvariantCulture), "command." + args[0]))
            {
                World.DeliverClientEvent(source.ToString(CultureInfo.InvariantCulture), "chat:addMessage",
                    new object[] { new { args = new[] { "SYSTEM", "Access denied for command " + args[0] + "." } } });
                return;
            }

            var list = args.Skip(1).Cast<object>().ToList();
            Timed("command", args[0], () => Guarded("command " + args[0], () => command.Handler.DynamicInvoke(source, list, raw)));
        });

        /// <summary>Whether the resource registered the command (main thread or not).</summary>
        public bool HasCommand(string name) => MainThread.Invoke(() => _commands.ContainsKey(name));

        /// <summary>Another resource calls an export (<c>exports['sonoran-fivem']:Name(...)</c>) with Lua-like arguments.</summary>
        public object CallExport(string name, params object[] args) => MainThread.Invoke(() =>
        {
            if (!Exports.TryGetValue(name, out var export)) throw new InvalidOperationException("No such export " + name + " in resource " + ResourceName);
            object result = null;
            Timed("export", name, () => result = LuaValues.Pack(ArgumentBinder.Invoke(export, string.Empty, LuaValues.PackAll(args))));
            return result;
        });

        /// <summary>Another server resource raises a local event (TriggerEvent): the source is empty.</summary>
        public void TriggerServerEvent(string eventName, params object[] args) => MainThread.Invoke(() =>
        {
            var outer = InvokingResource;
            InvokingResource = OtherResourceName;
            try
            {
                Dispatch(eventName, string.Empty, LuaValues.PackAll(args));
            }
            finally
            {
                InvokingResource = outer;
            }
        });

        /// <summary>A client raises a net event (TriggerServerEvent): the source is <c>net:&lt;id&gt;</c>.</summary>
        /// <remarks>As in FXServer, a client cannot raise playerConnecting, playerJoining or playerDropped.</remarks>
        public void TriggerFromClient(int playerId, string eventName, params object[] args) => MainThread.Invoke(() =>
        {
            if (ServerOnlyEvents.Contains(eventName)) return;
            Dispatch(eventName, "net:" + playerId.ToString(CultureInfo.InvariantCulture), LuaValues.PackAll(args));
        });

        private static readonly HashSet<string> ServerOnlyEvents = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "playerConnecting", "playerJoining", "playerDropped" };

        /// <summary>Runs <paramref name="func"/> on the main thread (as a native-calling script would).</summary>
        public T Run<T>(Func<T> func) => MainThread.Invoke(func);

        // ----- internals the CitizenFX types call -----

        internal void Native(string name)
        {
            if (MainThread.IsCurrent) return;
            var message = name + " called off the main thread (thread " + Thread.CurrentThread.ManagedThreadId + "): " + new StackTrace(2, false).ToString().Split('\n').FirstOrDefault()?.Trim();
            Violation(message);
            throw new InvalidOperationException("No current resource manager: native " + name + " called off the main thread");
        }

        internal void Violation(string message)
        {
            lock (_violations) _violations.Add(message);
        }

        internal void WriteConsole(string line)
        {
            lock (_console) _console.Add(ColourCodes.Replace(line ?? string.Empty, string.Empty));
        }

        internal void RegisterCommand(string name, Delegate handler, bool restricted)
        {
            if (handler == null) return;
            _commands[name] = new Command(handler, restricted);
        }

        internal void RaiseFromResource(string eventName, object[] args)
        {
            var packed = LuaValues.PackAll(args);
            lock (_resourceEvents) _resourceEvents.Add(new KeyValuePair<string, object[]>(eventName, packed));
            var outer = InvokingResource;
            InvokingResource = ResourceName;
            try
            {
                Dispatch(eventName, string.Empty, packed);
            }
            finally
            {
                InvokingResource = outer;
            }
        }

        /// <summary>A JS server script of the resource emitted an event: dispatched like the resource's own TriggerEvent.</summary>
        internal void RaiseFromScript(string eventName, object[] packed)
        {
            if (!IsStarted) return;
            lock (_resourceEvents) _resourceEvents.Add(new KeyValuePair<string, object[]>(eventName, packed));
            var outer = InvokingResource;
            InvokingResource = ResourceName;
            try
            {
                Dispatch(eventName, string.Empty, packed);
            }
            finally
            {
                InvokingResource = outer;
            }
        }

        /// <summary>
        /// What GetInvokingResource answers while a handler runs: this resource for its own TriggerEvent, the other
        /// resource's name for <see cref="TriggerServerEvent"/>, null otherwise. Main thread only.
        /// </summary>
        internal string InvokingResource { get; private set; }

        /// <summary>The name another resource raises its events under (<see cref="TriggerServerEvent"/>).</summary>
        public const string OtherResourceName = "other-resource";

        /// <summary>
        /// Runs every C# handler of the event on the main thread (a handler that throws is logged and removed, as in
        /// FXServer), and hands it to the JS server scripts' handlers.
        /// </summary>
        internal void Dispatch(string eventName, string source, object[] args)
        {
            _js?.Deliver(eventName, source, args, InvokingResource);
            foreach (var entry in Events.For(eventName))
            {
                List<Delegate> callbacks;
                lock (entry.Callbacks) callbacks = entry.Callbacks.ToList();
                foreach (var callback in callbacks)
                {
                    Timed("event", eventName, () =>
                    {
                        try
                        {
                            ArgumentBinder.Invoke(callback, source, args);
                        }
                        catch (Exception ex)
                        {
                            WriteConsole("Error invoking callback for event " + eventName + ": " + ex);
                            Violation("event " + eventName + " threw into FXServer (handler removed): " + ex.GetType().Name + ": " + ex.Message);
                            lock (entry.Callbacks) entry.Callbacks.Remove(callback);
                        }
                    });
                }
            }
        }

        private void Frame()
        {
            var now = MainThread.Now;
            World.Advance(_lastFrameAt == 0 ? 0 : (now - _lastFrameAt) / 1000.0);
            _lastFrameAt = now;
            foreach (var script in _scripts.ToList())
            {
                foreach (var tick in script.TickHandlers())
                {
                    // A tick is not re-entered until its previous task completed.
                    if (_runningTicks.TryGetValue(tick, out var previous) && !previous.IsCompleted) continue;
                    Timed("tick", tick.Method.Name, () => Guarded("tick " + tick.Method.Name, () =>
                    {
                        var task = ((Func<Task>)tick)();
                        _runningTicks[tick] = task;
                        task?.ContinueWith(t => Violation("tick " + tick.Method.Name + " faulted: " + t.Exception?.GetBaseException().Message), TaskContinuationOptions.OnlyOnFaulted);
                    }));
                }
            }
        }

        private void Timed(string kind, string name, Action action)
        {
            var watch = Stopwatch.StartNew();
            try
            {
                action();
            }
            finally
            {
                Callbacks.Record(kind, name, watch.Elapsed);
            }
        }

        private void Guarded(string what, Action action)
        {
            try
            {
                action();
            }
            catch (Exception ex)
            {
                var inner = ex is TargetInvocationException tie && tie.InnerException != null ? tie.InnerException : ex;
                WriteConsole("Error in " + what + ": " + inner);
                Violation(what + " threw into FXServer: " + inner.GetType().Name + ": " + inner.Message);
            }
        }

        public void Dispose()
        {
            _js?.Dispose();
            MainThread.Dispose();
            _loader.Dispose();
            Interlocked.CompareExchange(ref _running, null, this);
        }

        private sealed class Command
        {
            public Command(Delegate handler, bool restricted)
            {
                Handler = handler;
                Restricted = restricted;
            }

            public Delegate Handler { get; }
            public bool Restricted { get; }
        }
    }
}
