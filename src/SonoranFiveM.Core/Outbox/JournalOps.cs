namespace SonoranFiveM.Core.Outbox
{
    /// <summary>What callers queue for the journal's writer.</summary>
    internal enum JournalOpKind
    {
        Add,
        Close,
        Barrier,
        Compact,
    }

    internal sealed class JournalOp
    {
        public JournalOp(JournalOpKind kind)
        {
            Kind = kind;
            if (kind != JournalOpKind.Close) Done = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        public JournalOpKind Kind { get; }
        public string? Id;
        public string? Outcome;
        public OutboxEntry? Entry;
        public Action<bool>? Written;
        public TaskCompletionSource<bool>? Done { get; }
    }

    internal readonly struct JournalOpenLine
    {
        public JournalOpenLine(long sequence, byte[] line)
        {
            Sequence = sequence;
            Line = line;
        }

        public long Sequence { get; }
        public byte[] Line { get; }
    }
}
