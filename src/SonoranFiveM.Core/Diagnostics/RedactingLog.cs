namespace SonoranFiveM.Core.Diagnostics
{
    /// <summary>An <see cref="ILog"/> that masks known secrets before passing each line on. Wrap every real sink in it.</summary>
    public sealed class RedactingLog(ILog inner, SecretRedactor redactor) : ILog
    {
        private readonly ILog _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        private readonly SecretRedactor _redactor = redactor ?? throw new ArgumentNullException(nameof(redactor));

        public void Write(LogLevel level, string message) => _inner.Write(level, _redactor.Redact(message));
    }
}
