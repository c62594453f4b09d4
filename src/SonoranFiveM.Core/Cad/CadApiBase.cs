using SonoranFiveM.Core.Resilience;

namespace SonoranFiveM.Core.Cad
{
    /// <summary>
    /// What the v1 and v2 clients share: the client options, the resilient sender, the base URL, and reading plain
    /// accept/delete answers on the sender's clock. Only this assembly derives from it.
    /// </summary>
    public abstract class CadApiBase
    {
        private protected CadApiBase(CadClientOptions options, ResilientSender sender)
        {
            Options = options ?? throw new ArgumentNullException(nameof(options));
            Sender = sender ?? throw new ArgumentNullException(nameof(sender));
            BaseUrl = options.NormalizedBaseUrl;
        }

        private protected CadClientOptions Options { get; }

        private protected ResilientSender Sender { get; }

        private protected string BaseUrl { get; }

        private protected DateTimeOffset Now => Sender.TimeProvider.GetUtcNow();

        private protected CadResult<bool> Accepted(HttpResponse response) => CadReplies.Accepted(response, Now);

        /// <summary>A 404 on a delete means the item is already gone: the goal is reached.</summary>
        private protected CadResult<bool> AcceptedOrGone(HttpResponse response) => CadReplies.Accepted(response, Now, notFoundMeansGone: true);
    }
}
