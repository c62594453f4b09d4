using System;
using System.Text;
using System.Threading;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SonoranFiveM.Core.Http
{
    /// <summary>
    /// A request body: UTF-8 bytes, as they go on the wire. Large bodies (unit-location batches) live in a pooled buffer
    /// that <see cref="Dispose"/> gives back, so whoever sends the request disposes it after its last attempt (the
    /// <c>ResilientSender</c> does) and a transport reads the bytes only until its send completes; copy them
    /// (<see cref="HttpRequest.Copy"/>) to keep them longer. Every body refuses to be read once disposed.
    /// May hold a secret (v1 envelopes carry the API key): never log it. <see cref="object.ToString"/> is not the text.
    /// </summary>
    public sealed class RequestBody : IDisposable
    {
        private readonly bool _pooled;
        private readonly int _length;
        private byte[]? _buffer;

        private RequestBody(byte[] buffer, int length, bool pooled)
        {
            _buffer = buffer;
            _length = length;
            _pooled = pooled;
        }

        /// <summary>The text, encoded as UTF-8 (no byte-order mark).</summary>
        public static RequestBody FromText(string text)
        {
            if (text == null) throw new ArgumentNullException(nameof(text));
            var bytes = Encoding.UTF8.GetBytes(text);
            return new RequestBody(bytes, bytes.Length, pooled: false);
        }

        /// <summary>A JSON value, written compactly.</summary>
        public static RequestBody Json(JToken json)
        {
            if (json == null) throw new ArgumentNullException(nameof(json));
            return FromText(json.ToString(Formatting.None));
        }

        /// <summary>Takes <paramref name="buffer"/> from <see cref="BodyBufferPool"/>; <see cref="Dispose"/> returns it.</summary>
        internal static RequestBody Pooled(byte[] buffer, int length) => new RequestBody(buffer, length, pooled: true);

        /// <summary>Bytes in the body.</summary>
        public int Length => _length;

        /// <summary>The bytes; valid until <see cref="Dispose"/>.</summary>
        public ArraySegment<byte> Bytes => new ArraySegment<byte>(Buffer, 0, _length);

        /// <summary>The body decoded from UTF-8 (allocates a string; for FXServer's native HTTP call and for tests).</summary>
        public string ToText() => Encoding.UTF8.GetString(Buffer, 0, _length);

        /// <summary>An unpooled copy that stays readable after this body is disposed.</summary>
        public RequestBody Copy()
        {
            var copy = new byte[_length];
            System.Buffer.BlockCopy(Buffer, 0, copy, 0, _length);
            return new RequestBody(copy, _length, pooled: false);
        }

        public void Dispose()
        {
            var buffer = Interlocked.Exchange(ref _buffer, null);
            if (buffer != null && _pooled) BodyBufferPool.Shared.Return(buffer);
        }

        private byte[] Buffer => _buffer ?? throw new ObjectDisposedException(nameof(RequestBody), "The request body was disposed after its send.");
    }
}
