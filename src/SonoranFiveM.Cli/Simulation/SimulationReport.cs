using System.Text;
using System.Text.Json;

namespace SonoranFiveM.Cli.Simulation
{
    /// <summary>
    /// The counting of a simulation report, pure: durable work is lost when <c>created ≠ delivered + pending</c>;
    /// latency percentiles are nearest-rank. Renders the text report and the <c>--json</c> object.
    /// </summary>
    public sealed class SimulationReport
    {
        public SimulationReport(SimulationFigures figures)
        {
            Figures = figures ?? throw new ArgumentNullException(nameof(figures));
            Calls911Lost = figures.Calls911Created - figures.Calls911Delivered - figures.Calls911Pending - figures.Calls911ExpiredUndelivered;
            RecordsLost = figures.RecordsCreated - figures.RecordsDelivered - figures.RecordsPending - figures.RecordsExpiredUndelivered;
            Latency911P50Ms = Percentile(figures.Call911LatenciesMs, 0.50);
            Latency911P99Ms = Percentile(figures.Call911LatenciesMs, 0.99);
            Latency311P50Ms = Percentile(figures.Call311LatenciesMs, 0.50);
            Latency311P99Ms = Percentile(figures.Call311LatenciesMs, 0.99);
            StalenessP50Seconds = Percentile(figures.LocationStalenessSeconds, 0.50);
            StalenessP99Seconds = Percentile(figures.LocationStalenessSeconds, 0.99);
            RosterLatencyMaxMs = figures.RosterChangeLatenciesMs.Count == 0 ? null : figures.RosterChangeLatenciesMs.Max();
        }

        public double? StalenessP50Seconds { get; }
        public double? StalenessP99Seconds { get; }
        public double? RosterLatencyMaxMs { get; }

        public SimulationFigures Figures { get; }

        /// <summary>
        /// created − delivered − pending − expired-undelivered for 911 calls; anything but 0 is a bug (negative: delivered
        /// twice or counted wrong). Expired-undelivered is the client's own count of calls it dropped for age, which the
        /// design allows (a call past its deleteAfterMinutes would already be gone from the CAD); every other gap is a loss.
        /// </summary>
        public long Calls911Lost { get; }

        public long RecordsLost { get; }

        public double? Latency911P50Ms { get; }
        public double? Latency911P99Ms { get; }
        public double? Latency311P50Ms { get; }
        public double? Latency311P99Ms { get; }

        /// <summary>
        /// Nothing durable was lost (and nothing was counted twice), and everything still pending is saved in the outbox:
        /// only work on disk counts as safe.
        /// </summary>
        public bool NothingLost => Calls911Lost == 0 && RecordsLost == 0 && Figures.Calls911Unsaved == 0 && Figures.RecordsUnsaved == 0;

        /// <summary>Nearest-rank percentile; null for no values.</summary>
        public static double? Percentile(IReadOnlyList<double> values, double p)
        {
            if (values == null || values.Count == 0) return null;
            if (p <= 0 || p > 1) throw new ArgumentOutOfRangeException(nameof(p), p, "A percentile is in (0, 1].");
            var sorted = values.OrderBy(v => v).ToArray();
            var rank = (int)Math.Ceiling(p * sorted.Length);
            return sorted[Math.Max(1, rank) - 1];
        }

        /// <summary>What is wrong, one sentence per problem; empty when nothing was lost.</summary>
        public IReadOnlyList<string> Problems()
        {
            var problems = new List<string>();
            if (Calls911Lost > 0) problems.Add($"LOST {Calls911Lost} 911 call(s): created {Figures.Calls911Created}, delivered {Figures.Calls911Delivered}, pending {Figures.Calls911Pending}, expired undelivered {Figures.Calls911ExpiredUndelivered}.");
            if (Calls911Lost < 0) problems.Add($"911 calls counted twice: delivered {Figures.Calls911Delivered} + pending {Figures.Calls911Pending} > created {Figures.Calls911Created}.");
            if (RecordsLost > 0) problems.Add($"LOST {RecordsLost} record(s): created {Figures.RecordsCreated}, delivered {Figures.RecordsDelivered}, pending {Figures.RecordsPending}, expired undelivered {Figures.RecordsExpiredUndelivered}.");
            if (Figures.Calls911Unsaved > 0) problems.Add($"UNSAVED {Figures.Calls911Unsaved} of {Figures.Calls911Pending} pending 911 call(s) are not in the outbox: a stop now would lose them.");
            if (Figures.RecordsUnsaved > 0) problems.Add($"UNSAVED {Figures.RecordsUnsaved} of {Figures.RecordsPending} pending record(s) are not in the outbox: a stop now would lose them.");
            if (RecordsLost < 0) problems.Add($"records counted twice: delivered {Figures.RecordsDelivered} + pending {Figures.RecordsPending} > created {Figures.RecordsCreated}.");
            return problems;
        }

        /// <summary>One JSON object (the <c>--json</c> output).</summary>
        public string ToJson()
        {
            var f = Figures;
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false }))
            {
                w.WriteStartObject();
                w.WriteNumber("players", f.Players);
                w.WriteNumber("units", f.Units);
                w.WriteNumber("durationSeconds", Math.Round(f.DurationSeconds, 3));
                w.WriteString("target", f.Target);
                w.WriteString("faults", f.Faults);
                w.WriteString("speed", f.Speed);
                w.WriteNumber("seed", f.Seed);
                w.WriteString("deliveredFrom", f.DeliveredFromCad ? "cad" : "acceptance");
                w.WriteStartObject("requests");
                foreach (var pair in f.Requests.OrderBy(p => p.Key, StringComparer.Ordinal)) w.WriteNumber(pair.Key, pair.Value);
                w.WriteEndObject();
                w.WriteNumber("rateLimited", f.RateLimited);
                w.WriteNumber("errors", f.Errors);
                w.WriteStartObject("calls911");
                w.WriteNumber("created", f.Calls911Created);
                w.WriteNumber("delivered", f.Calls911Delivered);
                w.WriteNumber("pending", f.Calls911Pending);
                w.WriteNumber("unsaved", f.Calls911Unsaved);
                w.WriteNumber("expiredUndelivered", f.Calls911ExpiredUndelivered);
                w.WriteNumber("lost", Calls911Lost);
                w.WriteEndObject();
                w.WriteStartObject("records");
                w.WriteNumber("created", f.RecordsCreated);
                w.WriteNumber("delivered", f.RecordsDelivered);
                w.WriteNumber("expiredDeleted", f.RecordsExpiredDeleted);
                w.WriteNumber("pending", f.RecordsPending);
                w.WriteNumber("unsaved", f.RecordsUnsaved);
                w.WriteNumber("expiredUndelivered", f.RecordsExpiredUndelivered);
                w.WriteNumber("lost", RecordsLost);
                w.WriteEndObject();
                w.WriteStartObject("locationUpdates");
                w.WriteNumber("sampled", f.LocationsSampled);
                w.WriteNumber("sent", f.LocationsSent);
                w.WriteEndObject();
                w.WriteNumber("maxLocationStalenessSeconds", Math.Round(f.MaxLocationStalenessSeconds, 3));
                w.WriteStartObject("locations");
                w.WriteString("transport", f.LocationTransport);
                WriteSeconds(w, "stalenessP50Seconds", StalenessP50Seconds);
                WriteSeconds(w, "stalenessP99Seconds", StalenessP99Seconds);
                w.WriteNumber("stalenessMaxSeconds", Math.Round(f.MaxLocationStalenessSeconds, 3));
                w.WriteNumber("hubCalls", f.HubCalls);
                w.WriteNumber("hubLimitErrors", f.HubLimitErrors);
                w.WriteNumber("httpRequests", f.Requests.TryGetValue("updateUnitLocations", out var httpLocations) ? httpLocations : 0);
                w.WriteEndObject();
                w.WriteStartObject("pushEvents");
                w.WriteNumber("received", f.PushEventsReceived);
                w.WriteNumber("rosterChanges", f.RosterChangeLatenciesMs.Count);
                WriteNullable(w, "rosterLatencyMaxMs", RosterLatencyMaxMs);
                w.WriteEndObject();
                w.WriteStartObject("latencyMs");
                WriteNullable(w, "911p50", Latency911P50Ms);
                WriteNullable(w, "911p99", Latency911P99Ms);
                WriteNullable(w, "311p50", Latency311P50Ms);
                WriteNullable(w, "311p99", Latency311P99Ms);
                w.WriteEndObject();
                w.WriteNumber("peakManagedMemoryBytes", f.PeakManagedMemoryBytes);
                w.WriteNumber("outboxEntries", f.OutboxEntries);
                WriteDepths(w, "queueDepths", f.QueueDepths);
                WriteDepths(w, "peakQueueDepths", f.PeakQueueDepths);
                w.WriteNumber("warnings", f.Warnings);
                w.WriteNumber("loggedErrors", f.LoggedErrors);
                w.WriteBoolean("nothingLost", NothingLost);
                w.WriteEndObject();
            }

            return Encoding.UTF8.GetString(stream.ToArray());
        }

        /// <summary>The readable report.</summary>
        public string ToText()
        {
            var f = Figures;
            var t = new StringBuilder();
            t.AppendLine("Simulation report");
            t.AppendLine($"  target             {f.Target} (faults: {f.Faults}; speed {f.Speed}; seed {f.Seed})");
            t.AppendLine($"  simulated          {Num(f.DurationSeconds)} s, {f.Players} players, {f.Units} CAD units");
            t.AppendLine($"  requests           {f.Requests.Values.Sum()} total; {f.RateLimited} answered 429; {f.Errors} errors");
            foreach (var pair in f.Requests.OrderBy(p => p.Key, StringComparer.Ordinal))
                t.AppendLine($"    {pair.Key,-22} {pair.Value}");
            var source = f.DeliveredFromCad ? "counted in the CAD" : "counted from acceptance tickets";
            t.AppendLine($"  911/311 calls      created {f.Calls911Created}, delivered {f.Calls911Delivered} ({source}), pending {f.Calls911Pending}, expired undelivered {f.Calls911ExpiredUndelivered}, lost {Calls911Lost}");
            t.AppendLine($"  911 latency        p50 {Ms(Latency911P50Ms)}, p99 {Ms(Latency911P99Ms)} (emergencies: command to the CAD receiving the request)");
            t.AppendLine($"  311 latency        p50 {Ms(Latency311P50Ms)}, p99 {Ms(Latency311P99Ms)} (non-emergencies, sent after every queued emergency)");
            t.AppendLine($"  records            created {f.RecordsCreated}, delivered {f.RecordsDelivered}, expired/deleted {f.RecordsExpiredDeleted}, pending {f.RecordsPending}, expired undelivered {f.RecordsExpiredUndelivered}, lost {RecordsLost}");
            t.AppendLine($"  unit locations     {f.LocationsSampled} samples, {f.LocationsSent} positions applied by the CAD; max staleness {Num(f.MaxLocationStalenessSeconds)} s");
            t.AppendLine($"  location transport {f.LocationTransport}: hub {f.HubCalls} call(s), {f.HubLimitErrors} limit error(s); HTTP {(f.Requests.TryGetValue("updateUnitLocations", out var httpLocations) ? httpLocations : 0)} request(s)");
            t.AppendLine($"  location staleness p50 {Sec(StalenessP50Seconds)}, p99 {Sec(StalenessP99Seconds)}, max {Num2(f.MaxLocationStalenessSeconds)} s (age of each unit's position in the CAD)");
            t.AppendLine($"  push events        {f.PushEventsReceived} received; {f.RosterChangeLatenciesMs.Count} CAD unit change(s) reached the roster, slowest {Ms(RosterLatencyMaxMs)}");
            t.AppendLine($"  unsaved at end     {f.Calls911Unsaved} call(s), {f.RecordsUnsaved} record(s) pending but not in the outbox (lost if the server stopped now)");
            t.AppendLine($"  memory             peak managed {Mb(f.PeakManagedMemoryBytes)}; outbox {f.OutboxEntries} open entries");
            t.AppendLine($"  queues at end      {Depths(f.QueueDepths)}");
            t.AppendLine($"  deepest queues     {Depths(f.PeakQueueDepths)}");
            t.AppendLine($"  core log           {f.Warnings} warning(s), {f.LoggedErrors} error(s)");
            var problems = Problems();
            t.AppendLine(problems.Count == 0 ? "  result             OK: nothing durable was lost" : "  result             FAILED: " + string.Join(" ", problems));
            return t.ToString();
        }

        private static void WriteNullable(Utf8JsonWriter w, string name, double? value)
        {
            if (value.HasValue) w.WriteNumber(name, Math.Round(value.Value, 1));
            else w.WriteNull(name);
        }

        private static void WriteSeconds(Utf8JsonWriter w, string name, double? value)
        {
            if (value.HasValue) w.WriteNumber(name, Math.Round(value.Value, 3));
            else w.WriteNull(name);
        }

        private static void WriteDepths(Utf8JsonWriter w, string name, IReadOnlyDictionary<string, int> depths)
        {
            w.WriteStartObject(name);
            foreach (var pair in depths.OrderBy(p => p.Key, StringComparer.Ordinal)) w.WriteNumber(pair.Key, pair.Value);
            w.WriteEndObject();
        }

        private static string Depths(IReadOnlyDictionary<string, int> depths)
        {
            var nonEmpty = depths.Where(p => p.Value > 0).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + " " + p.Value).ToList();
            return nonEmpty.Count == 0 ? "all empty" : string.Join(", ", nonEmpty);
        }

        private static string Num2(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

        private static string Sec(double? value) => value.HasValue ? Num2(value.Value) + " s" : "n/a";

        private static string Num(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

        private static string Ms(double? value) => value.HasValue ? value.Value.ToString("0.#", CultureInfo.InvariantCulture) + " ms" : "n/a";

        private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB";
    }
}
