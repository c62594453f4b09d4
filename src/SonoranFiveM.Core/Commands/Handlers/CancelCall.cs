using System.Collections.Generic;
using SonoranFiveM.Core.Dispatch;

namespace SonoranFiveM.Core.Commands.Handlers
{
    /// <summary>
    /// "/911 cancel": cancels the player's own most recent call (911 or 311): withdrawn while queued, else removed from
    /// the CAD. Costs no cooldown. Remembers each player's last call for it. Thread-safe.
    /// </summary>
    internal sealed class CancelCall
    {
        /// <summary>The argument that cancels the player's last call instead of making one.</summary>
        public const string Word = "cancel";

        private readonly ICadActions _cad;
        private readonly object _gate = new object();
        private readonly Dictionary<int, string> _lastCall = new Dictionary<int, string>();

        public CancelCall(ICadActions cad) => _cad = cad;

        /// <summary>Notes <paramref name="ticket"/> as the player's last call and returns it.</summary>
        public IDeliveryTicket Remember(int playerId, IDeliveryTicket ticket)
        {
            lock (_gate) _lastCall[playerId] = ticket.Id;
            return ticket;
        }

        public void Forget(int playerId)
        {
            lock (_gate) _lastCall.Remove(playerId);
        }

        public CommandStep Plan(string name, int playerId)
        {
            string? ticketId;
            lock (_gate) _lastCall.TryGetValue(playerId, out ticketId);
            var cancel = ticketId == null ? new CallCancellation(CallCancelState.Unknown) : _cad.Cancel911(ticketId);
            if (cancel.State != CallCancelState.Sending && cancel.State != CallCancelState.NoCadId)
            {
                lock (_gate)
                {
                    if (ticketId != null && _lastCall.TryGetValue(playerId, out var last) && last == ticketId) _lastCall.Remove(playerId);
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
