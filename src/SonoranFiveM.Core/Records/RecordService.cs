using System.Collections.Concurrent;

namespace SonoranFiveM.Core.Records
{
    /// <summary>
    /// Temporary records: from a template and placeholder values (or a raw Sonoran record) with a lifetime, to Sonoran
    /// CAD and the template's mirrors (Tines, QuickBlox), and deleted everywhere when they expire or on request.
    /// </summary>
    /// <remarks>
    /// <para>Every target is a sink on its own lanes of the dispatcher: Sonoran on the CAD's records lanes
    /// (<see cref="SonoranRecordTarget"/>: durable, rate-limited; v1 batches several records into one <c>NEW_RECORD</c>;
    /// <c>deleteAfterMinutes</c> is sent as the minutes the record still has to live; on v2 an explicit delete is also
    /// scheduled at expiry), each mirror on two lanes of its own (<c>name.CreateRecord</c>, <c>name.DeleteRecord</c>).
    /// Creates and scheduled deletes are journaled in the outbox, so they survive restarts. A target failing never holds
    /// up another.</para>
    /// <para>A record whose lifetime passes before it could be created is not created anywhere (logged). A delete that
    /// finds the record already gone counts as done.</para>
    /// <para>Construct it before the dispatcher replays the outbox (<see cref="Dispatcher.Start"/>): the mirror lanes must
    /// exist when their journaled work is read back. Methods are safe to call from the game's main thread; they never
    /// wait for the network or the disk.</para>
    /// </remarks>
    public sealed class RecordService
    {
        private readonly Dispatcher _dispatcher;
        private readonly TimeProvider _time;
        private readonly ILog _log;
        private readonly RecordServiceOptions _options;
        private readonly RecordBuilder _builder;
        private readonly Dictionary<string, RecordTemplate> _templates = new Dictionary<string, RecordTemplate>(StringComparer.OrdinalIgnoreCase);
        private readonly SonoranRecordTarget _sonoran;
        private readonly Dictionary<string, IRecordTarget> _targets = new Dictionary<string, IRecordTarget>(StringComparer.OrdinalIgnoreCase);
        private readonly ConcurrentDictionary<string, Tracked> _tracked = new ConcurrentDictionary<string, Tracked>(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, byte> _warnedMissingMirror = new ConcurrentDictionary<string, byte>(StringComparer.OrdinalIgnoreCase);

        /// <param name="dispatcher">The dispatcher (not yet started): Sonoran's records lanes, and the mirror lanes this adds.</param>
        /// <param name="templates">Checked templates (<see cref="TemplateValidator"/>); names are matched case-insensitively.</param>
        /// <param name="mirrors">The enabled mirrors (<see cref="RecordMirror.FromOptions"/>); none when null.</param>
        /// <param name="time">The clock.</param>
        /// <param name="log">Where outcomes are logged (never with an API key).</param>
        /// <param name="options">Lifetime rules, field cap.</param>
        public RecordService(Dispatcher dispatcher, IEnumerable<RecordTemplate> templates, IEnumerable<RecordMirror>? mirrors, TimeProvider time, ILog log, RecordServiceOptions? options = null)
        {
            _dispatcher = dispatcher ?? throw new ArgumentNullException(nameof(dispatcher));
            _time = time ?? throw new ArgumentNullException(nameof(time));
            _log = log ?? throw new ArgumentNullException(nameof(log));
            _options = options ?? new RecordServiceOptions();
            _builder = new RecordBuilder(_options.Lifetime, _options.Limits);
            foreach (var template in templates ?? throw new ArgumentNullException(nameof(templates))) _templates[template.Name] = template;
            _sonoran = new SonoranRecordTarget(dispatcher, time, log);
            _targets[_sonoran.Name] = _sonoran;
            foreach (var mirror in mirrors ?? Enumerable.Empty<RecordMirror>())
            {
                if (_targets.ContainsKey(mirror.Name))
                    throw new ArgumentException("Mirror name '" + mirror.Name + "' is used twice or is reserved.", nameof(mirrors));
                _targets[mirror.Name] = new MirrorRecordTarget(dispatcher, mirror, time, log, _options.DeleteGrace);
            }
        }

        /// <summary>The Sonoran API version records are sent with ("v1": the CAD deletes on its own; "v2": also an explicit delete).</summary>
        public string ApiVersion => _dispatcher.ApiVersion;

        /// <summary>Names of the templates.</summary>
        public IReadOnlyCollection<string> TemplateNames => _templates.Keys;

        /// <summary>Names of the configured mirrors.</summary>
        public IReadOnlyCollection<string> MirrorNames => _targets.Keys.Where(name => name != _sonoran.Name).ToList();

        /// <summary>Sonoran's records lanes, for records that go to Sonoran only (raw <see cref="RecordRequest"/>s).</summary>
        public SonoranRecordTarget Sonoran => _sonoran;

        /// <summary>Records created by this process that have not yet expired or been deleted.</summary>
        public int TrackedCount => _tracked.Count;

        /// <summary>Lane name of a mirror's creates, e.g. <c>tines.CreateRecord</c>.</summary>
        public static string CreateLaneOf(string mirror) => mirror + "." + CadEndpoint.CreateRecord;

        /// <summary>Lane name of a mirror's deletes, e.g. <c>tines.DeleteRecord</c>.</summary>
        public static string DeleteLaneOf(string mirror) => mirror + "." + CadEndpoint.DeleteRecord;

        // ----- creating -------------------------------------------------------------------------------------------

        /// <summary>
        /// Creates a temporary record from a template. The handle in the result is the record's client id: keep it to
        /// delete the record early. Refused (with reasons, nothing queued) for an unknown template, a missing placeholder
        /// value, a value over the field cap, an invalid lifetime, or a full queue.
        /// </summary>
        /// <param name="templateName">A name from <c>records.templates</c>.</param>
        /// <param name="values">Placeholder values; <c>{time}</c> defaults to now.</param>
        /// <param name="owner">The communityUserId that owns the record in Sonoran.</param>
        /// <param name="lifetimeMinutes">Overrides the template's lifetime.</param>
        public RecordCreateResult Create(string templateName, PlaceholderValues values, string owner, int? lifetimeMinutes = null)
        {
            if (values == null) throw new ArgumentNullException(nameof(values));
            if (templateName == null || !_templates.TryGetValue(templateName, out var template))
            {
                var known = _templates.Count == 0 ? "(none configured)" : string.Join(", ", _templates.Keys.OrderBy(k => k, StringComparer.Ordinal));
                return Refuse("no record template named '" + templateName + "'; known templates: " + known);
            }

            var now = _time.GetUtcNow();
            var built = _builder.Build(template, values, owner, NewId(), now, lifetimeMinutes);
            if (built.Warning != null) _log.Write(LogLevel.Warning, "Records: " + built.Warning);
            if (!built.Succeeded)
            {
                _log.Write(LogLevel.Warning, "Records: refused a record from template '" + template.Name + "': " + string.Join("; ", built.Errors));
                return RecordCreateResult.Refused(built.Errors, built.Warning);
            }

            return Submit(built.Record!, built.Warning);
        }

        /// <summary>
        /// Creates a temporary record from a raw Sonoran record (<c>{type, name, sections[]}</c>). It goes to Sonoran only:
        /// mirrors need template fields to map.
        /// </summary>
        public RecordCreateResult CreateRaw(string owner, JObject record, int lifetimeMinutes)
        {
            if (record == null) throw new ArgumentNullException(nameof(record));
            if (string.IsNullOrWhiteSpace(owner)) return Refuse("a raw record needs an owner (communityUserId)");
            var lifetime = _options.Lifetime.Check(lifetimeMinutes, "raw record");
            if (!lifetime.IsValid) return Refuse(lifetime.Error!);
            if (lifetime.Warning != null) _log.Write(LogLevel.Warning, "Records: " + lifetime.Warning);
            var now = _time.GetUtcNow();
            var temporary = new TemporaryRecord
            {
                Id = NewId(),
                TemplateName = "(raw)",
                Owner = owner,
                LifetimeMinutes = lifetime.Minutes,
                CreatedAt = now,
                ExpiresAt = RecordLifetimePolicy.ExpiresAt(now, lifetime.Minutes),
                Sinks = new List<string> { _sonoran.Name },
                Raw = (JObject)record.DeepClone(),
            };
            return Submit(temporary, lifetime.Warning);
        }

        /// <summary>
        /// Logs a queued call as a record from <paramref name="template"/> (a call command's record template, or
        /// <c>records.log911Template</c>). Values: <c>{caller}</c>, <c>{location}</c>, <c>{description}</c> from the
        /// call; <c>{postal}</c> from the argument or the call's <c>postal</c> metaData; <c>{playerName}</c> from the
        /// argument or the caller; unknown ones are empty.
        /// </summary>
        /// <param name="template">The name of a template in <c>records.templates</c>.</param>
        /// <param name="call">The call as queued.</param>
        /// <param name="owner">The communityUserId of the player who called.</param>
        /// <param name="playerName">The player's FiveM name.</param>
        /// <param name="postal">The nearest postal, when known.</param>
        public RecordCreateResult LogCall(string template, EmergencyCall call, string owner, string? playerName = null, string? postal = null)
        {
            if (template == null) throw new ArgumentNullException(nameof(template));
            if (call == null) throw new ArgumentNullException(nameof(call));
            call.MetaData.TryGetValue("postal", out var metaPostal);
            var values = new PlaceholderValues
            {
                Caller = call.Caller ?? string.Empty,
                Location = call.Location ?? string.Empty,
                Description = call.Description ?? string.Empty,
                Postal = postal ?? metaPostal ?? string.Empty,
                PlayerName = playerName ?? call.Caller ?? string.Empty,
            };
            return Create(template, values, owner);
        }

        // ----- deleting -------------------------------------------------------------------------------------------

        /// <summary>
        /// Deletes a record everywhere now. Where its create has not been sent yet, the create is withdrawn (nothing is
        /// created); where it was created, a delete is queued at once (durable). The task completes when each sink's
        /// delete has settled; its value is false for a handle this process does not know (already expired or deleted,
        /// or made before a restart: its scheduled expiry delete still runs).
        /// </summary>
        public Task<bool> DeleteAsync(string handle)
        {
            if (string.IsNullOrEmpty(handle) || !_tracked.TryGetValue(handle, out var tracked))
            {
                _log.Write(LogLevel.Info, "Records: delete of unknown record handle '" + handle + "' ignored (already expired or deleted, or made before a restart; a scheduled delete still runs at expiry).");
                return Task.FromResult(false);
            }

            lock (tracked)
            {
                tracked.Deleting ??= DeleteEverywhereAsync(handle, tracked);
                return tracked.Deleting;
            }
        }

        private async Task<bool> DeleteEverywhereAsync(string handle, Tracked tracked)
        {
            // Everything that can happen now happens before the first await, so the deletes are queued when this returns.
            var pending = new List<Task>();
            foreach (var pair in tracked.Creates)
            {
                var sink = pair.Key;
                var create = pair.Value;
                if (_dispatcher.Cancel(create.Id, "record " + handle + " was deleted before it was created"))
                {
                    _log.Write(LogLevel.Info, "Records: record " + handle + " deleted before it reached " + sink + "; its create was withdrawn.");
                    continue;
                }

                pending.Add(create.Completion.TryGetResult(out var created)
                    ? DeleteCreatedAsync(handle, sink, created)
                    : DeleteWhenCreatedAsync(handle, sink, create));
            }

            await Task.WhenAll(pending).ConfigureAwait(false);
            _tracked.TryRemove(handle, out _);
            return true;
        }

        private async Task DeleteWhenCreatedAsync(string handle, string sink, IDeliveryTicket create)
        {
            var created = await create.Completion.ConfigureAwait(false);
            await DeleteCreatedAsync(handle, sink, created).ConfigureAwait(false);
        }

        private async Task DeleteCreatedAsync(string handle, string sink, DeliveryResult created)
        {
            if (created.State != DeliveryState.Accepted) return;
            var target = _targets[sink];
            if (string.IsNullOrEmpty(created.CadId))
            {
                _log.Write(LogLevel.Warning, "Records: record " + handle + " cannot be deleted early at " + sink + ": it did not return the record's id" + target.WithoutId);
                return;
            }

            var deleted = await target.Delete(created.CadId!).Completion.ConfigureAwait(false);
            if (deleted.State != DeliveryState.Accepted)
                _log.Write(LogLevel.Warning, "Records: early delete of record " + handle + " at " + sink + " did not succeed (" + deleted + ").");
        }

        // ----- inspecting -------------------------------------------------------------------------------------------

        /// <summary>The create tickets of a record (sink name → ticket), or null for an unknown handle.</summary>
        public IReadOnlyDictionary<string, IDeliveryTicket>? Deliveries(string handle)
            => _tracked.TryGetValue(handle ?? string.Empty, out var tracked) ? tracked.Creates : null;

        /// <summary>The ids each sink gave a record so far (sink name → id); empty for an unknown handle.</summary>
        public IReadOnlyDictionary<string, string> RemoteIds(string handle)
        {
            var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (!_tracked.TryGetValue(handle ?? string.Empty, out var tracked)) return ids;
            foreach (var pair in tracked.Creates)
            {
                var completion = pair.Value.Completion;
                if (completion.TryGetResult(out var result) && result.State == DeliveryState.Accepted && result.CadId != null)
                    ids[pair.Key] = result.CadId;
            }

            return ids;
        }

        /// <summary>
        /// Lane counters for the status command, same shape as the dispatcher's: Sonoran's <c>CreateRecord</c> and
        /// <c>DeleteRecord</c> lanes, then each mirror's two lanes.
        /// </summary>
        public IReadOnlyList<LaneStatus> GetStatus() => _targets.Values.SelectMany(t => t.Lanes).Select(_dispatcher.GetStatus).ToList();

        /// <summary>Clears a fatal pause on a mirror's lanes (after the owner fixed its key or URL).</summary>
        public void ResumeMirror(string mirror)
        {
            if (!_targets.TryGetValue(mirror ?? string.Empty, out var found) || found == _sonoran) throw new ArgumentException("No mirror named '" + mirror + "'.", nameof(mirror));
            foreach (var lane in found.Lanes) _dispatcher.Resume(lane);
        }

        // ----- internals -------------------------------------------------------------------------------------------

        /// <summary>Queues the record at Sonoran (refused as a whole when Sonoran cannot take it), then at each of its mirrors.</summary>
        private RecordCreateResult Submit(TemporaryRecord record, string? warning)
        {
            Prune(record.CreatedAt);
            var creates = new Dictionary<string, IDeliveryTicket>(StringComparer.OrdinalIgnoreCase);
            var sonoran = ((IRecordTarget)_sonoran).Create(record);
            if (RefusedAtOnce(sonoran, out var why))
            {
                _log.Write(LogLevel.Warning, "Records: record from template '" + record.TemplateName + "' was not queued for Sonoran: " + why);
                return RecordCreateResult.Refused(new[] { "the record could not be queued: " + why }, warning);
            }

            creates[_sonoran.Name] = sonoran;
            foreach (var sink in record.Sinks)
            {
                if (creates.ContainsKey(sink)) continue;
                if (!_targets.TryGetValue(sink, out var mirror))
                {
                    if (_warnedMissingMirror.TryAdd(sink, 0))
                        _log.Write(LogLevel.Warning, "Records: template '" + record.TemplateName + "' lists mirror '" + sink + "', which is not enabled; records are not copied there.");
                    continue;
                }

                var ticket = mirror.Create(record);
                if (RefusedAtOnce(ticket, out var mirrorWhy))
                    _log.Write(LogLevel.Warning, "Records: record " + record.Id + " was not queued for " + mirror.Name + ": " + mirrorWhy);
                creates[mirror.Name] = ticket;
            }

            _tracked[record.Id] = new Tracked(record, creates);
            return RecordCreateResult.Created(record, warning);
        }

        private static bool RefusedAtOnce(IDeliveryTicket ticket, out string why)
        {
            var completion = ticket.Completion;
            if (completion.TryGetResult(out var result) && result.State != DeliveryState.Accepted)
            {
                why = result.Detail ?? result.State.ToString();
                return true;
            }

            why = string.Empty;
            return false;
        }

        private RecordCreateResult Refuse(string error)
        {
            _log.Write(LogLevel.Warning, "Records: " + error);
            return RecordCreateResult.Refused(error);
        }

        /// <summary>Forgets records past their expiry whose creates have settled (their scheduled deletes live in the dispatcher).</summary>
        private void Prune(DateTimeOffset now)
        {
            foreach (var pair in _tracked)
            {
                var tracked = pair.Value;
                if (tracked.Record.ExpiresAt > now || tracked.Deleting != null) continue;
                if (tracked.Creates.Values.All(t => t.Completion.IsCompleted)) _tracked.TryRemove(pair.Key, out _);
            }
        }

        private static string NewId() => Guid.NewGuid().ToString("N");

        private sealed class Tracked
        {
            public Tracked(TemporaryRecord record, IReadOnlyDictionary<string, IDeliveryTicket> creates)
            {
                Record = record;
                Creates = creates;
            }

            public TemporaryRecord Record { get; }
            public IReadOnlyDictionary<string, IDeliveryTicket> Creates { get; }
            public Task<bool>? Deleting;
        }
    }
}
