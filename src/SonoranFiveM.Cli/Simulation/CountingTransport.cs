namespace SonoranFiveM.Cli.Simulation
{
    /// <summary>Counts what came back to the client: 429s, and errors (no answer, 5xx, or a 4xx other than 404 and 429).</summary>
    internal sealed class CountingTransport(IHttpTransport inner) : CountingDecorator<IHttpTransport>(inner), IHttpTransport
    {
        private long _rateLimited;
        private long _errors;

        public long Requests => Started;
        public long RateLimited => Interlocked.Read(ref _rateLimited);
        public long Errors => Interlocked.Read(ref _errors);

        public async Task<HttpResponse> SendAsync(HttpRequest request, CancellationToken cancellationToken)
        {
            var response = await TrackAsync(t => t.SendAsync(request, cancellationToken)).ConfigureAwait(false);
            if (response.StatusCode == 429) Interlocked.Increment(ref _rateLimited);
            else if (!response.HasResponse || response.StatusCode >= 500 || (response.StatusCode >= 400 && response.StatusCode != 404))
                Interlocked.Increment(ref _errors);
            return response;
        }
    }
}
