using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SonoranFiveM.Core.Http;

namespace SonoranFiveM.Core.Tests.Records
{
    /// <summary>A fake transport that records every request and answers from a queue (or a default answer).</summary>
    internal sealed class RecordingHttpTransport : IHttpTransport
    {
        private readonly Queue<HttpResponse> _answers = new Queue<HttpResponse>();

        public List<HttpRequest> Requests { get; } = new List<HttpRequest>();

        public HttpResponse DefaultAnswer { get; set; } = new HttpResponse(500, "no answer queued");

        public RecordingHttpTransport Answer(int status, string body = "", IReadOnlyDictionary<string, string>? headers = null)
        {
            _answers.Enqueue(new HttpResponse(status, body, headers));
            return this;
        }

        public RecordingHttpTransport Answer(HttpResponse response)
        {
            _answers.Enqueue(response);
            return this;
        }

        public HttpRequest Single => Requests.Count == 1 ? Requests[0] : throw new InvalidOperationException("expected one request, got " + Requests.Count);

        public Task<HttpResponse> SendAsync(HttpRequest request, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Requests.Add(request);
            return Task.FromResult(_answers.Count > 0 ? _answers.Dequeue() : DefaultAnswer);
        }
    }
}
