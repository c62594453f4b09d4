using Newtonsoft.Json;
using SonoranFiveM.Core.Commands;

namespace SonoranFiveM.Core.Streaming.Push
{
    /// <summary>
    /// Handles the CAD's push events <c>{key, type, data}</c> (from the hub): checks the size and the key, keeps the roster
    /// current (unit login, logout, status, panic), tells attached units in game and raises local events for other
    /// resources (<see cref="PushEventNames"/>). An unknown type is logged once and ignored; a wrong key is refused and
    /// logged without the key. Never throws.
    /// </summary>
    public sealed class PushEventRouter
    {
        /// <summary>Largest push payload read (characters); bigger ones are refused unread.</summary>
        public const int MaxPayloadChars = 256 * 1024;

        private const int MaxChatField = 120;
        private const int MaxUnknownTypesRemembered = 64;

        private static readonly HashSet<string> Ignored = new HashSet<string>(StringComparer.Ordinal)
        {
            "EVENT_UNIT_GROUP_ADD", "EVENT_UNIT_GROUP_REMOVE", "EVENT_UNIT_GROUP_CHANGE_NAME", "EVENT_DISPATCH_EDIT",
            "EVENT_DISPATCH_NOTE", "EVENT_DISPATCH_TOGGLE_BODYCAM", "EVENT_RECORD_ADD", "EVENT_RECORD_EDIT", "EVENT_RECORD_REMOVE",
            "EVENT_CHAR_SELECTED", "EVENT_STREETSIGN_UPDATED", "EVENT_TONE", "EVENT_NEW_CALLOUT", "EVENT_PAGER_REBORN", "EVENT_STATION_ALERT",
        };

        private readonly string _apiKey;
        private readonly UnitRoster _roster;
        private readonly ICommandMessenger _messenger;
        private readonly IIntegrationEvents _events;
        private readonly IPushEventSink? _sink;
        private readonly TimeProvider _time;
        private readonly ILog _log;
        private readonly HashSet<string> _unknownLogged = new HashSet<string>(StringComparer.Ordinal);
        private long _accepted, _refused;

        public PushEventRouter(string apiKey, UnitRoster roster, ICommandMessenger messenger, IIntegrationEvents events, IPushEventSink? sink, TimeProvider time, ILog log)
        {
            _apiKey = apiKey ?? string.Empty;
            _roster = roster ?? throw new ArgumentNullException(nameof(roster));
            _messenger = messenger ?? throw new ArgumentNullException(nameof(messenger));
            _events = events ?? throw new ArgumentNullException(nameof(events));
            _sink = sink;
            _time = time ?? throw new ArgumentNullException(nameof(time));
            _log = log ?? throw new ArgumentNullException(nameof(log));
        }

        /// <summary>The CAD verified an account link (the communityUserId), from <c>EVENT_COMMUNITY_LINK_VERIFIED</c>.</summary>
        public event Action<string>? LinkVerified;

        /// <summary>Push events accepted (right key, readable).</summary>
        public long Accepted => Interlocked.Read(ref _accepted);

        /// <summary>Push events refused (too large, unreadable or a wrong key).</summary>
        public long Refused => Interlocked.Read(ref _refused);

        public void Handle(string? payload)
        {
            try
            {
                HandleUnsafe(payload);
            }
            catch (Exception ex)
            {
                Interlocked.Increment(ref _refused);
                _log.Write(LogLevel.Warning, "Push event ignored: " + ex.GetType().Name + " while handling it.");
            }
        }

        private void HandleUnsafe(string? payload)
        {
            if (payload == null || payload.Length > MaxPayloadChars)
            {
                Refuse("Push event refused: " + (payload == null ? "empty" : "larger than " + MaxPayloadChars + " characters") + ".");
                return;
            }

            JObject? message;
            try
            {
                message = JToken.Parse(payload) as JObject;
            }
            catch (JsonException)
            {
                message = null;
            }

            if (message == null)
            {
                Refuse("Push event refused: not a JSON object {key, type, data}.");
                return;
            }

            var type = message["type"]?.Type == JTokenType.String ? (string)message["type"]! : null;
            var key = message["key"]?.Type == JTokenType.String ? (string)message["key"]! : null;
            if (_apiKey.Length == 0 || key == null || !string.Equals(key, _apiKey, StringComparison.OrdinalIgnoreCase))
            {
                // Never log the key that came, nor ours.
                Refuse("Push event " + Short(type) + " refused: its key does not match this server's API key.");
                return;
            }

            if (type == null)
            {
                Refuse("Push event refused: no type.");
                return;
            }

            Interlocked.Increment(ref _accepted);
            var data = message["data"];
            switch (type)
            {
                case "EVENT_UNIT_LOGIN":
                    Units(data, loggedIn: true);
                    break;
                case "EVENT_UNIT_LOGOUT":
                    Units(data, loggedIn: false);
                    break;
                case "EVENT_UNIT_STATUS":
                case "EVENT_UNIT_PANIC":
                    Units(data, loggedIn: null);
                    break;
                case "EVENT_DISPATCH_NEW":
                    Raise(PushEventNames.CallCreated, CallId(data), Field(data, "title"), Field(data, "postal"), Field(data, "description"));
                    break;
                case "EVENT_DISPATCH_CLOSED":
                    Raise(PushEventNames.CallClosed, CallId(data));
                    break;
                case "EVENT_911":
                    Raise(PushEventNames.EmergencyCallCreated, CallId(data), Field(data, "description"), Field(data, "postal"));
                    break;
                case "EVENT_REMOVE_911":
                    Raise(PushEventNames.EmergencyCallRemoved, CallId(data));
                    break;
                case "EVENT_DISPATCH_UNIT_ATTACH":
                    Attachment(data, attached: true);
                    break;
                case "EVENT_DISPATCH_UNIT_DETACH":
                    Attachment(data, attached: false);
                    break;
                case "EVENT_COMMUNITY_LINK_VERIFIED":
                    var linked = Field(data, "communityUserId");
                    if (linked.Length == 0) break;
                    Raise(PushEventNames.LinkVerified, linked, PlayerOf(linked));
                    LinkVerified?.Invoke(linked);
                    break;
                default:
                    if (Ignored.Contains(type)) break;
                    lock (_unknownLogged)
                    {
                        if (_unknownLogged.Count >= MaxUnknownTypesRemembered || !_unknownLogged.Add(type)) break;
                    }

                    _log.Write(LogLevel.Info, "Push event type " + Short(type) + " is not known here; ignored (logged once).");
                    break;
            }
        }

        private void Units(JToken? data, bool? loggedIn)
        {
            var units = CadReplies.Units(data, preferApiId: false);
            if (units == null || units.Count == 0)
            {
                _log.Write(LogLevel.Warning, "Push event ignored: a unit event without a readable unit.");
                return;
            }

            foreach (var unit in units)
            {
                var online = loggedIn ?? (unit.Status != 100);
                _roster.ApplyPushedUnit(unit, online, _time.GetUtcNow());
                foreach (var id in unit.CommunityUserIds)
                {
                    if (loggedIn.HasValue) Raise(PushEventNames.UnitOnDuty, id, PlayerOf(id), loggedIn.Value);
                    else if (unit.Status >= 0) _events.StatusChanged(id, unit.Status);
                }
            }
        }

        private void Attachment(JToken? data, bool attached)
        {
            var callId = CallId(data);
            var title = Field(data, "title");
            var postal = Field(data, "postal");
            var description = Field(data, "description");
            var units = CadReplies.Units(data?["units"], preferApiId: false) ?? Array.Empty<ActiveUnit>();
            foreach (var unit in units)
            {
                foreach (var id in unit.CommunityUserIds)
                {
                    var player = PlayerOf(id);
                    if (!attached)
                    {
                        Raise(PushEventNames.UnitDetached, callId, id, player);
                        if (player >= 0) _messenger.Reply(player, "Detached from call #" + callId + ".");
                        continue;
                    }

                    Raise(PushEventNames.UnitAttached, callId, id, player, title, postal, description);
                    if (player >= 0)
                    {
                        _messenger.Reply(player, "Attached to call #" + callId + ": " + ChatText.CleanAndCap(title, MaxChatField)
                            + (postal.Length > 0 ? " (postal " + ChatText.CleanAndCap(postal, 16) + ")" : string.Empty)
                            + (description.Length > 0 ? " - " + ChatText.CleanAndCap(description, MaxChatField) : string.Empty));
                    }
                }
            }
        }

        private int PlayerOf(string communityUserId) => _roster.PlayerOf(communityUserId) ?? -1;

        private void Raise(string name, params object[] args)
        {
            if (_sink == null) return;
            try
            {
                _sink.Raise(name, args);
            }
            catch (Exception ex)
            {
                _log.Write(LogLevel.Warning, "Push event: raising " + name + " failed: " + ex.GetType().Name);
            }
        }

        private void Refuse(string message)
        {
            Interlocked.Increment(ref _refused);
            _log.Write(LogLevel.Warning, message);
        }

        private static long CallId(JToken? data) => data is JObject obj ? CadJson.Long(obj["callId"]) ?? 0 : 0;

        private static string Field(JToken? data, string name) =>
            data is JObject obj ? ChatText.CleanAndCap(CadJson.Text(obj[name]) ?? (obj[name]?.Type == JTokenType.Integer ? ((long)obj[name]!).ToString(CultureInfo.InvariantCulture) : null), 500) : string.Empty;

        private static string Short(string? type) => type == null ? "(no type)" : ChatText.CleanAndCap(type, 64);
    }
}
