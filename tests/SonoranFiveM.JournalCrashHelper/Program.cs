using System;
using System.Threading.Tasks;
using SonoranFiveM.Core.Diagnostics;
using SonoranFiveM.Core.Outbox;

// Usage: <journal path> <run tag>. Saves entries as fast as the writer takes them, a few at a time (group commit),
// prints "saved <id>" once the writer acknowledges each; closes some, printing "closing <id>" before and "closed <id>" once flushed.
// Runs until killed; compaction runs often so kills land in it too.
var path = args[0];
var tag = args[1];
using var journal = new OutboxJournal(new OutboxJournalOptions(path) { CompactAfterClosed = 7 }, TimeProvider.System, new ConsoleErrors());
journal.Open();
Console.Out.Flush();
for (var n = 0; ; n += 3)
{
    var saves = new Task<bool>[3];
    for (var i = 0; i < 3; i++) saves[i] = journal.Save(Entry(tag + "-" + (n + i)), reserved: false);
    for (var i = 0; i < 3; i++)
    {
        if (await saves[i]) Console.Out.WriteLine("saved " + tag + "-" + (n + i));
    }

    Console.Out.Flush();
    if (n % 5 == 0)
    {
        Console.Out.WriteLine("closing " + tag + "-" + n);
        Console.Out.Flush();
        journal.Close(tag + "-" + n, "accepted");
        await journal.FlushAsync();
        Console.Out.WriteLine("closed " + tag + "-" + n);
        Console.Out.Flush();
    }
}

static OutboxEntry Entry(string id)
    => new OutboxEntry(id, OutboxEntryKind.DeleteRecord, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(1), null, OutboxPayloads.FromDelete("rec-" + id));

internal sealed class ConsoleErrors : ILog
{
    public void Write(LogLevel level, string message)
    {
        if (level >= LogLevel.Error) Console.Error.WriteLine(message);
    }
}
