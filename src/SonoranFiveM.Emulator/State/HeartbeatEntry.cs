namespace SonoranFiveM.Emulator.State;

/// <summary>The last heartbeat a server sent, and how many it has sent.</summary>
public sealed record HeartbeatEntry(int ServerId, int PlayerCount, DateTimeOffset ReceivedAt, int Count);
