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

        /// <summary>See <see cref="DurableFigures.Lost"/>.</summary>
        public long Calls911Lost => Figures.Calls911.Lost;

        public long RecordsLost => Figures.Records.Lost;

        public double? Latency911P50Ms { get; }
        public double? Latency911P99Ms { get; }
        public double? Latency311P50Ms { get; }
        public double? Latency311P99Ms { get; }

        /// <summary>
        /// Nothing durable was lost (and nothing was counted twice), and everything still pending is saved in the outbox:
        /// only work on disk counts as safe.
        /// </summary>
        public bool NothingLost => Calls911Lost == 0 && RecordsLost == 0 && Figures.Calls911.Unsaved == 0 && Figures.Records.Unsaved == 0;

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
            var (calls, records) = (Figures.Calls911, Figures.Records);
            if (calls.Lost > 0) problems.Add(LostText(calls, "911 call(s)"));
            if (calls.Lost < 0) problems.Add(CountedTwiceText(calls, "911 calls"));
            if (records.Lost > 0) problems.Add(LostText(records, "record(s)"));
            if (calls.Unsaved > 0) problems.Add(UnsavedText(calls, "911 call(s)"));
            if (records.Unsaved > 0) problems.Add(UnsavedText(records, "record(s)"));
            if (records.Lost < 0) problems.Add(CountedTwiceText(records, "records"));
            return problems;
        }

        private static string LostText(DurableFigures d, string what) =>
            $"LOST {d.Lost} {what}: created {d.Created}, delivered {d.Delivered}, pending {d.Pending}, expired undelivered {d.ExpiredUndelivered}.";

        private static string CountedTwiceText(DurableFigures d, string what) =>
            $"{what} counted twice: delivered {d.Delivered} + pending {d.Pending} > created {d.Created}.";

        private static string UnsavedText(DurableFigures d, string what) =>
            $"UNSAVED {d.Unsaved} of {d.Pending} pending {what} are not in the outbox: a stop now would lose them.";

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
                WriteDurable(w, "calls911", f.Calls911);
                WriteDurable(w, "records", f.Records, ("expiredDeleted", f.RecordsExpiredDeleted));
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
            t.AppendLine($"  911/311 calls      created {f.Calls911.Created}, delivered {f.Calls911.Delivered} ({source}), pending {f.Calls911.Pending}, expired undelivered {f.Calls911.ExpiredUndelivered}, lost {Calls911Lost}");
            t.AppendLine($"  911 latency        p50 {Ms(Latency911P50Ms)}, p99 {Ms(Latency911P99Ms)} (emergencies: command to the CAD receiving the request)");
            t.AppendLine($"  311 latency        p50 {Ms(Latency311P50Ms)}, p99 {Ms(Latency311P99Ms)} (non-emergencies, sent after every queued emergency)");
            t.AppendLine($"  records            created {f.Records.Created}, delivered {f.Records.Delivered}, expired/deleted {f.RecordsExpiredDeleted}, pending {f.Records.Pending}, expired undelivered {f.Records.ExpiredUndelivered}, lost {RecordsLost}");
            t.AppendLine($"  unit locations     {f.LocationsSampled} samples, {f.LocationsSent} positions applied by the CAD; max staleness {Num(f.MaxLocationStalenessSeconds)} s");
            t.AppendLine($"  location transport {f.LocationTransport}: hub {f.HubCalls} call(s), {f.HubLimitErrors} limit error(s); HTTP {(f.Requests.TryGetValue("updateUnitLocations", out var httpLocations) ? httpLocations : 0)} request(s)");
            t.AppendLine($"  location staleness p50 {Sec(StalenessP50Seconds)}, p99 {Sec(StalenessP99Seconds)}, max {Num2(f.MaxLocationStalenessSeconds)} s (age of each unit's position in the CAD)");
            t.AppendLine($"  push events        {f.PushEventsReceived} received; {f.RosterChangeLatenciesMs.Count} CAD unit change(s) reached the roster, slowest {Ms(RosterLatencyMaxMs)}");
            t.AppendLine($"  unsaved at end     {f.Calls911.Unsaved} call(s), {f.Records.Unsaved} record(s) pending but not in the outbox (lost if the server stopped now)");
            t.AppendLine($"  memory             peak managed {Mb(f.PeakManagedMemoryBytes)}; outbox {f.OutboxEntries} open entries");
            t.AppendLine($"  queues at end      {Depths(f.QueueDepths)}");
            t.AppendLine($"  deepest queues     {Depths(f.PeakQueueDepths)}");
            t.AppendLine($"  core log           {f.Warnings} warning(s), {f.LoggedErrors} error(s)");
            var problems = Problems();
            t.AppendLine(problems.Count == 0 ? "  result             OK: nothing durable was lost" : "  result             FAILED: " + string.Join(" ", problems));
            return t.ToString();
        }

        /// <summary>The figures of one kind of durable work; <paramref name="afterDelivered"/> are written after <c>delivered</c>.</summary>
        private static void WriteDurable(Utf8JsonWriter w, string name, DurableFigures d, params (string Name, long Value)[] afterDelivered)
        {
            w.WriteStartObject(name);
            w.WriteNumber("created", d.Created);
            w.WriteNumber("delivered", d.Delivered);
            foreach (var (extra, value) in afterDelivered) w.WriteNumber(extra, value);
            w.WriteNumber("pending", d.Pending);
            w.WriteNumber("unsaved", d.Unsaved);
            w.WriteNumber("expiredUndelivered", d.ExpiredUndelivered);
            w.WriteNumber("lost", d.Lost);
            w.WriteEndObject();
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
