using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SonoranFiveM.Core.Cad.Models;
using SonoranFiveM.Core.Http;

namespace SonoranFiveM.Core.Cad
{
    /// <summary>
    /// The Sonoran CAD operations the integration uses. Implemented for the v2 REST API (<c>CadApiV2</c>) and the
    /// v1 envelope API (<c>CadApiV1</c>). No method throws for an HTTP-level failure: each returns a
    /// <see cref="CadResult"/> whose <see cref="DeliveryFailure"/> says what to do next.
    /// </summary>
    public interface ICadApi
    {
        /// <summary>"v1" or "v2".</summary>
        string ApiVersion { get; }

        /// <summary>How many records one create request can carry (v1 batches into one <c>data</c> array; v2 sends one).</summary>
        int MaxRecordsPerRequest { get; }

        Task<CadResult> UpdateUnitLocationsAsync(IReadOnlyList<UnitLocation> updates, CancellationToken cancellationToken = default);

        Task<CadResult> SendHeartbeatAsync(int playerCount, CancellationToken cancellationToken = default);

        /// <summary>Creates a 911/311 call; the value is the CAD's call id.</summary>
        Task<CadResult<long>> Create911CallAsync(EmergencyCall call, CancellationToken cancellationToken = default);

        /// <summary>Removes a 911 call. A call already gone counts as accepted.</summary>
        Task<CadResult> Remove911CallAsync(long callId, CancellationToken cancellationToken = default);

        Task<CadResult> SetUnitPanicAsync(string communityUserId, bool isPanic, CancellationToken cancellationToken = default);

        /// <summary>Status: 0 UNAVAILABLE, 1 BUSY, 2 AVAILABLE, 3 ENROUTE, 4 ON_SCENE (v2 adds 100 OFFLINE).</summary>
        Task<CadResult> SetUnitStatusAsync(string communityUserId, int status, CancellationToken cancellationToken = default);

        /// <summary>
        /// Creates up to <see cref="MaxRecordsPerRequest"/> records in one request. The value holds the CAD's record ids
        /// in request order (null where the CAD did not say).
        /// </summary>
        Task<CadResult<IReadOnlyList<string?>>> CreateRecordsAsync(IReadOnlyList<RecordRequest> records, CancellationToken cancellationToken = default);

        /// <summary>Deletes a record. A record already gone counts as accepted.</summary>
        Task<CadResult> DeleteRecordAsync(string recordId, CancellationToken cancellationToken = default);

        Task<CadResult<IReadOnlyList<ActiveUnit>>> GetActiveUnitsAsync(int limit = 100, int offset = 0, CancellationToken cancellationToken = default);

        Task<CadResult<CadVersion>> GetVersionAsync(CancellationToken cancellationToken = default);

        /// <summary>
        /// Account linking: a code the player enters at the CAD's website to link <paramref name="communityUserId"/> to
        /// their account. v2 only; v1 has no link API and answers Rejected without a request.
        /// </summary>
        Task<CadResult<LinkCode>> CreateLinkAsync(string communityUserId, CancellationToken cancellationToken = default);

        /// <summary>Whether <paramref name="communityUserId"/> is linked to a CAD account. v2 only, as <see cref="CreateLinkAsync"/>.</summary>
        Task<CadResult<LinkState>> CheckLinkAsync(string communityUserId, CancellationToken cancellationToken = default);
    }
}
