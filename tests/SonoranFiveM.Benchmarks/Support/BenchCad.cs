using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SonoranFiveM.Core.Cad;
using SonoranFiveM.Core.Cad.Models;
using SonoranFiveM.Core.Diagnostics;

namespace SonoranFiveM.Benchmarks.Support
{
    /// <summary>Answers the roster's active-unit poll from a fixed list; nothing else is used by the benchmarks.</summary>
    internal sealed class ActiveUnitsOnlyCad : ICadApi
    {
        private readonly IReadOnlyList<ActiveUnit> _units;

        public ActiveUnitsOnlyCad(IEnumerable<string> communityUserIds)
        {
            var units = new List<ActiveUnit>();
            foreach (var id in communityUserIds) units.Add(new ActiveUnit(units.Count + 1, id, 2, false, (100 + units.Count).ToString(), "Unit " + units.Count));
            _units = units;
        }

        public string ApiVersion => "v2";
        public int MaxRecordsPerRequest => 1;

        public Task<CadResult<IReadOnlyList<ActiveUnit>>> GetActiveUnitsAsync(int limit = 100, int offset = 0, CancellationToken cancellationToken = default)
        {
            var page = new List<ActiveUnit>();
            for (var i = offset; i < _units.Count && page.Count < limit; i++) page.Add(_units[i]);
            return Task.FromResult(CadResult.Ok<IReadOnlyList<ActiveUnit>>(page));
        }

        public Task<CadResult> UpdateUnitLocationsAsync(IReadOnlyList<UnitLocation> updates, CancellationToken cancellationToken = default) => throw Unused();
        public Task<CadResult> SendHeartbeatAsync(int playerCount, CancellationToken cancellationToken = default) => throw Unused();
        public Task<CadResult<long>> Create911CallAsync(EmergencyCall call, CancellationToken cancellationToken = default) => throw Unused();
        public Task<CadResult> Remove911CallAsync(long callId, CancellationToken cancellationToken = default) => throw Unused();
        public Task<CadResult> SetUnitPanicAsync(string communityUserId, bool isPanic, CancellationToken cancellationToken = default) => throw Unused();
        public Task<CadResult> SetUnitStatusAsync(string communityUserId, int status, CancellationToken cancellationToken = default) => throw Unused();
        public Task<CadResult<IReadOnlyList<string?>>> CreateRecordsAsync(IReadOnlyList<RecordRequest> records, CancellationToken cancellationToken = default) => throw Unused();
        public Task<CadResult> DeleteRecordAsync(string recordId, CancellationToken cancellationToken = default) => throw Unused();
        public Task<CadResult<CadVersion>> GetVersionAsync(CancellationToken cancellationToken = default) => throw Unused();
        public Task<CadResult<LinkCode>> CreateLinkAsync(string communityUserId, CancellationToken cancellationToken = default) => throw Unused();
        public Task<CadResult<LinkState>> CheckLinkAsync(string communityUserId, CancellationToken cancellationToken = default) => throw Unused();

        private static NotSupportedException Unused() => new NotSupportedException("Not used by the benchmarks.");
    }

    internal sealed class NullLog : ILog
    {
        public static readonly NullLog Instance = new NullLog();

        public void Write(LogLevel level, string message)
        {
        }
    }
}
