using SonoranFiveM.Core.Http;
namespace SonoranFiveM.Core.Cad
{
    /// <summary>The outcome of one CAD operation: accepted, or a classified <see cref="DeliveryFailure"/>. Never an exception.</summary>
    public class CadResult
    {
        protected CadResult(DeliveryFailure? failure)
        {
            Failure = failure;
        }

        public static CadResult Accepted { get; } = new CadResult(null);

        public DeliveryFailure? Failure { get; }

        public bool IsAccepted => Failure == null;

        public static CadResult Fail(DeliveryFailure failure) => new CadResult(failure);

        public static CadResult<T> Ok<T>(T value) => new CadResult<T>(value, null);

        public static CadResult<T> Fail<T>(DeliveryFailure failure) => new CadResult<T>(default!, failure);

        public override string ToString() => IsAccepted ? "Accepted" : Failure!.ToString();
    }

    public sealed class CadResult<T> : CadResult
    {
        internal CadResult(T value, DeliveryFailure? failure) : base(failure)
        {
            Value = value;
        }

        /// <summary>The parsed reply; default when the request failed.</summary>
        public T Value { get; }
    }
}
