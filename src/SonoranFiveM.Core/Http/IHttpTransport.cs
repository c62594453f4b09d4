using System.Threading;
using System.Threading.Tasks;

namespace SonoranFiveM.Core.Http
{
    /// <summary>
    /// The transport seam: <c>HttpClientTransport</c> (CLI, tests, servers where managed TLS/DNS work) or the adapter's
    /// native FXServer transport. Must not throw for network failures (see <see cref="HttpResponse"/>); throws
    /// <see cref="System.OperationCanceledException"/> only when <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public interface IHttpTransport
    {
        Task<HttpResponse> SendAsync(HttpRequest request, CancellationToken cancellationToken);
    }
}
