namespace SonoranFiveM.Core.Records
{
    /// <summary>
    /// A mirror the <see cref="RecordService"/> copies records to: a sink (Tines, QuickBlox) and its request budget.
    /// The budget is split between the mirror's create lane and its delete lane (half each, at least 1 per minute),
    /// so creates and deletes together stay within the target's limit.
    /// </summary>
    public sealed class RecordMirror
    {
        public RecordMirror(IRecordSink sink, int ratePerMinute)
        {
            Sink = sink ?? throw new ArgumentNullException(nameof(sink));
            if (ratePerMinute < 1) throw new ArgumentOutOfRangeException(nameof(ratePerMinute), ratePerMinute, "A mirror needs at least one request per minute.");
            RatePerMinute = ratePerMinute;
        }

        public IRecordSink Sink { get; }

        /// <summary>Requests per minute for this mirror (creates and deletes together).</summary>
        public int RatePerMinute { get; }

        /// <summary>The sink's name (<c>tines</c>, <c>quickblox</c>): what templates list in <c>mirrors</c>.</summary>
        public string Name => Sink.Name;

        internal int CreatesPerMinute => Math.Max(1, RatePerMinute / 2);

        internal int DeletesPerMinute => Math.Max(1, RatePerMinute - RatePerMinute / 2);

        /// <summary>The enabled mirrors of the owner's <c>mirrors.*</c> settings, as sinks over <paramref name="transport"/>.</summary>
        /// <param name="secrets">Every secret of the configuration (CAD and mirror keys): masked in the mirrors' failure texts.</param>
        public static IReadOnlyList<RecordMirror> FromOptions(MirrorsOptions options, IHttpTransport transport, TimeProvider time, IEnumerable<string?>? secrets = null)
        {
            if (options == null) throw new ArgumentNullException(nameof(options));
            var all = secrets?.ToArray();
            var mirrors = new List<RecordMirror>();
            if (options.Tines.Enabled)
                mirrors.Add(new RecordMirror(new TinesRecordSink(transport, options.Tines, time, otherSecrets: all), options.Tines.RatePerMinute));
            if (options.Quickblox.Enabled)
                mirrors.Add(new RecordMirror(new QuickBloxRecordSink(transport, options.Quickblox, time, otherSecrets: all), options.Quickblox.RatePerMinute));
            return mirrors;
        }
    }
}
