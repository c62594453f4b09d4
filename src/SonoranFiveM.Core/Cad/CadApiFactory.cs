using System;
using System.Collections.Generic;
using System.Linq;
using SonoranFiveM.Core.Cad.V1;
using SonoranFiveM.Core.Cad.V2;
using SonoranFiveM.Core.Diagnostics;
using SonoranFiveM.Core.Http;
using SonoranFiveM.Core.Resilience;

namespace SonoranFiveM.Core.Cad
{
    /// <summary>
    /// Builds the <see cref="ICadApi"/> for "v1" or "v2". Clients made by one factory share a circuit breaker per base
    /// URL, so use one factory per process (the composition root owns it).
    /// </summary>
    public sealed class CadApiFactory
    {
        private readonly IHttpTransport _transport;
        private readonly TimeProvider _timeProvider;
        private readonly ILog? _log;
        private readonly IReadOnlyList<string?> _otherSecrets;

        /// <param name="transport">How requests leave the process.</param>
        /// <param name="timeProvider">Clock for timeouts and the breaker; default <see cref="TimeProvider.System"/>.</param>
        /// <param name="log">Breaker and failure lines (never secrets); default none.</param>
        /// <param name="otherSecrets">The configuration's other secrets (mirror keys): masked in failure texts like the client's own key.</param>
        public CadApiFactory(IHttpTransport transport, TimeProvider? timeProvider = null, ILog? log = null, IEnumerable<string?>? otherSecrets = null)
        {
            _otherSecrets = otherSecrets?.ToArray() ?? Array.Empty<string?>();
            _transport = transport ?? throw new ArgumentNullException(nameof(transport));
            _timeProvider = timeProvider ?? TimeProvider.System;
            _log = log;
            Breakers = new CircuitBreakerRegistry(_timeProvider, log);
        }

        /// <summary>The per-base-URL breakers (their state is useful to a status command).</summary>
        public CircuitBreakerRegistry Breakers { get; }

        /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
        public ICadApi Create(CadClientOptions options)
        {
            if (options == null) throw new ArgumentNullException(nameof(options));
            var errors = options.Validate();
            if (errors.Count > 0) throw new ArgumentException("Invalid CAD client options: " + string.Join(" ", errors), nameof(options));

            var breaker = Breakers.GetOrAdd(options.NormalizedBaseUrl, options.Resilience);
            var pipeline = ResiliencePipelines.Build(options.Resilience, breaker, _timeProvider);
            var sender = new ResilientSender(_transport, pipeline, _timeProvider, options.Resilience, _otherSecrets.Append(options.ApiKey), _log);
            return options.NormalizedVersion == "v1" ? new CadApiV1(options, sender) : (ICadApi)new CadApiV2(options, sender);
        }
    }
}
