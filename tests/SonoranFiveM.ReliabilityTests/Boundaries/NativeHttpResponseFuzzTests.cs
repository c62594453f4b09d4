using SonoranFiveM.Core.Http.Native;

namespace SonoranFiveM.ReliabilityTests.Boundaries
{
    /// <summary>
    /// FXServer's <c>__cfx_internal:httpResponse</c> arguments are read as objects of any shape (a client can raise the
    /// event name too): whatever arrives, reading it never throws, and what it accepts is a well-formed response.
    /// </summary>
    public class NativeHttpResponseFuzzTests
    {
        private static readonly Gen<object?> Scalar = Gen.OneOf<object?>(
            Gen.Int.Select(i => (object?)i),
            Gen.Long.Select(l => (object?)l),
            Gen.Double.Select(d => (object?)d),
            Gen.Bool.Select(b => (object?)b),
            Gen.String.Select(s => (object?)s),
            Gen.Bool.Select(_ => (object?)null));

        private static readonly Gen<object?> Table = Gen.OneOf<object?>(
            Scalar,
            Gen.Dictionary(Gen.String, Scalar)[0, 8].Select(d => (object?)new Dictionary<string, object?>(d)),
            Scalar.List[0, 4].Select(l => (object?)l));

        [Fact]
        public void Any_arguments_are_read_without_throwing()
        {
            Gen.Select(Scalar, Scalar, Table, Table, Table, Table).Sample((token, status, body, headers, error, errorHeaders) =>
            {
                if (!NativeHttpResponseEvent.TryRead(token, status, body, headers, error, errorHeaders, out _, out var response)) return;
                Assert.NotNull(response.Body);
                Assert.True(response.Body.Length <= NativeHttpResponseEvent.MaxBodyLength);
                Assert.True(response.StatusCode >= 0);
            }, iter: SuiteSettings.Iterations);
        }
    }
}
