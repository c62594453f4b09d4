using System.Collections.Generic;
using SonoranFiveM.Core.Dispatch;

namespace SonoranFiveM.Core.Commands.Handlers
{
    /// <summary>
    /// "/911 cancel" (or cancel after any call command): cancels the player's own most recent call, whichever command
    /// made it: withdrawn while queued, else removed from the CAD. Replies name the command that made the call. Costs no
    /// cooldown. Remembers each player's last call for it. Thread-safe.
    /// </summary>
    internal sealed class CancelCall
    {
        /// <summary>The argument that cancels the player's last call instead of making one.</summary>
        public const string Word = "cancel";

        private readonly ICadActions _cad;
        private readonly object _gate = new object();
        private readonly Dictionary<int, (string TicketId, string Command)> _lastCall = new Dictionary<int, (string, string)>();

        public CancelCall(ICadActions cad) => _cad = cad;

        /// <summary>Notes <paramref name="ticket"/>, made by <paramref name="command"/>, as the player's last call and returns it.</summary>
        public IDeliveryTicket Remember(int playerId, string command, IDeliveryTicket ticket)
        {
            lock (_gate) _lastCall[playerId] = (ticket.Id, command);
            return ticket;
        }

        public void Forget(int playerId)
        {
            lock (_gate) _lastCall.Remove(playerId);
        }

        public CommandStep Plan(string typed, int playerId)
        {
            string? ticketId = null;
            var name = typed;
            lock (_gate)
            {
                if (_lastCall.TryGetValue(playerId, out var last)) (ticketId, name) = last;
            }

            var cancel = ticketId == null ? new CallCancellation(CallCancelState.Unknown) : _cad.Cancel911(ticketId);
            if (cancel.State != CallCancelState.Sending && cancel.State != CallCancelState.NoCadId)
            {
                lock (_gate)
                {
                    if (ticketId != null && _lastCall.TryGetValue(playerId, out var last) && last.TicketId == ticketId) _lastCall.Remove(playerId);
                }
            }

            switch (cancel.State)
            {
                case CallCancelState.Withdrawn:
                    return CommandStep.Reply(CommandOutcome.Cancelled, CommandReplies.CallWithdrawn(name));
                case CallCancelState.Sending:
                    return CommandStep.Reply(CommandOutcome.QueuedPaced, CommandReplies.CallBeingSent(name));
                case CallCancelState.NoCadId:
                    return CommandStep.Reply(CommandOutcome.Rejected, CommandReplies.CallWithoutId(name));
                case CallCancelState.Removing:
                    var subject = CommandReplies.CancelSubject(name);
                    var removed = CommandReplies.CallRemoved(name, cancel.CadCallId);
                    return CommandStep.Deliver(subject, () => cancel.Removal!, result => CommandReplies.Final(result, subject, removed));
                default:
                    return CommandStep.Refuse(CommandOutcome.NothingToCancel, CommandReplies.NoCallToCancel());
            }
        }
    }
}
