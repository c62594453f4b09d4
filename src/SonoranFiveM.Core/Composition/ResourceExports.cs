using SonoranFiveM.Core.Commands;

namespace SonoranFiveM.Core.Composition
{
    /// <summary>
    /// What other server resources can call (<c>exports['sonoran-fivem']:Send911Call(...)</c> and friends). Exports are
    /// not net events: clients cannot reach them. Each returns at once; acceptance by the CAD is announced with the
    /// local events (<c>sonoran-fivem:callAccepted</c>, …). Arguments from Lua are validated and length-capped here.
    /// </summary>
    public sealed class ResourceExports
    {
        public const int MaxTextLength = 500;

        private readonly SonoranIntegration _integration;
        private readonly UnitStatuses _statuses;
        private readonly Action<EmergencyCall, string> _logCallAsRecord;

        public ResourceExports(SonoranIntegration integration)
            : this(integration, integration.LogCallAsRecord)
        {
        }

        /// <param name="logCallAsRecord">Logs a queued call as a record (the integration's own, but for tests).</param>
        internal ResourceExports(SonoranIntegration integration, Action<EmergencyCall, string> logCallAsRecord)
        {
            _integration = integration;
            _logCallAsRecord = logCallAsRecord;
            _statuses = new UnitStatuses(integration.Options.Commands.UnitStatuses);
        }

        /// <summary>Queues a 911 (or 311) call. Returns the call's client id, or "error: …".</summary>
        public string Send911Call(string? caller, string? location, string? description, bool isEmergency, object? metaDataTable)
        {
            var metaData = Table(metaDataTable);
            caller = Clean(caller, PlayerNames.MaxLength);
            location = Clean(location);
            description = Clean(description);
            if (caller.Length == 0 || description.Length == 0) return "error: caller and description are required";

            var meta = new Dictionary<string, string>(StringComparer.Ordinal);
            if (metaData != null)
            {
                foreach (var pair in metaData.Take(20))
                {
                    if (pair.Value != null) meta[Clean(pair.Key, 40)] = Clean(Convert.ToString(pair.Value, CultureInfo.InvariantCulture), 200);
                }
            }

            var call = new EmergencyCall(isEmergency, caller, location.Length > 0 ? location : "Unknown location", description,
                _integration.Options.Calls.DeleteAfterMinutes, meta);
            var ticket = _integration.Actions.Send911(call);
            // The call is queued: a failed log must not turn into an error that makes the caller send it again.
            try
            {
                _logCallAsRecord(call, _integration.Options.Records.Log911Template);
            }
            catch (Exception e)
            {
                _integration.Log.Write(LogLevel.Error, "Send911Call export: the call was queued (" + ticket.Id + ") but not logged as a record: "
                    + e.GetType().Name + ": " + e.Message);
            }

            return ticket.Id;
        }

        /// <summary>Sets a unit's status by name (e.g. "ENROUTE") or code. Returns "" when queued, else "error: …".</summary>
        public string SetUnitStatus(string? communityUserId, string? status)
        {
            var id = Clean(communityUserId, 100);
            if (id.Length == 0) return "error: communityUserId is required";
            if (!_statuses.TryResolve(Clean(status, 40), out var code, out _)) return "error: unknown status '" + Clean(status, 40) + "'; use one of " + _statuses.NameList;
            _integration.Actions.SetStatus(id, code);
            return string.Empty;
        }

        /// <summary>Sets or clears a unit's panic. Returns "" when queued, else "error: …".</summary>
        public string SetUnitPanic(string? communityUserId, bool isPanic)
        {
            var id = Clean(communityUserId, 100);
            if (id.Length == 0) return "error: communityUserId is required";
            _integration.SetPanic(id, isPanic);
            return string.Empty;
        }

        /// <summary>
        /// Cancels a 911/311 call: <paramref name="id"/> is the client id <see cref="Send911Call"/> returned (withdrawn
        /// while still queued, else removed from the CAD), or the CAD's call id (a number, e.g. from
        /// <c>sonoran-fivem:callAccepted</c>). Returns "" when done or queued, else "error: …".
        /// </summary>
        public string Remove911Call(object? id)
        {
            var text = id is string s ? Clean(s, 64) : Convert.ToString(id, CultureInfo.InvariantCulture) ?? string.Empty;
            if (text.Length == 0) return "error: the call's id is required";
            var cancel = _integration.Actions.Cancel911(text);
            switch (cancel.State)
            {
                case CallCancelState.Withdrawn:
                case CallCancelState.Removing:
                    return string.Empty;
                case CallCancelState.Sending:
                    return "error: the call is being sent right now; try again once the CAD has answered";
                case CallCancelState.NotDelivered:
                    return "error: the CAD never took that call, so there is nothing to remove";
                case CallCancelState.NoCadId:
                    return "error: the CAD gave that call no id, so it cannot be removed";
            }

            if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var callId) || callId <= 0 || text.Length > 18)
                return "error: unknown call '" + text + "'; pass the id Send911Call returned or the CAD's call id";
            _integration.Actions.Remove911(callId);
            return string.Empty;
        }

        /// <summary>
        /// Creates a temporary record from a template. <paramref name="values"/>: placeholder values (caller, location,
        /// postal, description, playerName, args as a list) and the owner: <c>owner</c> (communityUserId) or
        /// <c>playerId</c> (server id of an online player). <paramref name="minutes"/> 0 (or nil from Lua) uses the
        /// template's default lifetime. Returns the record's handle, or "error: …".
        /// </summary>
        public string CreateTemporaryRecord(string? templateName, object? valuesTable, int minutes)
        {
            var values = Table(valuesTable) ?? new Dictionary<string, object>();
            string? owner = Value(values, "owner");
            if (string.IsNullOrEmpty(owner) && int.TryParse(Value(values, "playerId"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var playerId))
            {
                owner = _integration.CommunityUserIdOf(playerId);
            }

            if (string.IsNullOrEmpty(owner)) return "error: values.owner (communityUserId) or values.playerId (an online player) is required";

            var placeholders = new PlaceholderValues
            {
                Caller = Name(Value(values, "caller")),
                Location = Value(values, "location"),
                Postal = Value(values, "postal"),
                Description = Value(values, "description"),
                PlayerName = Name(Value(values, "playerName")),
                Args = Args(values),
            };
            var result = _integration.Records.Create(Clean(templateName, 64), placeholders, owner!, minutes == 0 ? (int?)null : minutes);
            return result.Succeeded ? result.Handle! : "error: " + string.Join("; ", result.Errors);
        }

        /// <summary>Deletes a temporary record everywhere now. False for an unknown handle.</summary>
        public bool DeleteTemporaryRecord(string? handle)
        {
            var id = Clean(handle, 64);
            if (id.Length == 0) return false;
            var known = _integration.Records.Deliveries(id) != null;
            _ = _integration.Records.DeleteAsync(id);
            return known;
        }

        /// <summary>The status lines, joined by newlines (no secrets).</summary>
        public string GetStatus() => string.Join("\n", _integration.StatusLines());

        /// <summary>A Lua table as FXServer hands it over: a map, or (for an empty table) an empty list.</summary>
        private static IDictionary<string, object>? Table(object? table) => table as IDictionary<string, object>;

        private static string? Value(IDictionary<string, object> values, string key)
        {
            foreach (var pair in values)
            {
                if (string.Equals(pair.Key, key, StringComparison.OrdinalIgnoreCase) && pair.Value != null)
                {
                    return Clean(Convert.ToString(pair.Value, CultureInfo.InvariantCulture));
                }
            }

            return null;
        }

        private static IReadOnlyList<string> Args(IDictionary<string, object> values)
        {
            foreach (var pair in values)
            {
                if (!string.Equals(pair.Key, "args", StringComparison.OrdinalIgnoreCase)) continue;
                if (pair.Value is string single) return new[] { Clean(single) };
                if (pair.Value is System.Collections.IEnumerable list)
                {
                    return list.Cast<object?>().Take(20).Select(o => Clean(Convert.ToString(o, CultureInfo.InvariantCulture))).ToList();
                }
            }

            return Array.Empty<string>();
        }

        private static string Clean(string? text, int max = MaxTextLength) => ChatText.CleanAndCap(text, max);

        /// <summary>A player name handed over by another resource: capped like the names the commands use.</summary>
        private static string? Name(string? cleaned) => cleaned == null ? null : ChatText.Truncate(cleaned, PlayerNames.MaxLength);
    }
}
