using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SonoranFiveM.Core.Cad;
using SonoranFiveM.Core.Diagnostics;
using SonoranFiveM.Core.Dispatch;
using SonoranFiveM.Core.Http;

namespace SonoranFiveM.Core.Commands
{
    /// <summary>
    /// The pipeline's last step, shared by every command: queue the work and tell the player the truth. "Received" only
    /// once the CAD accepted; "queued" (and why) only once the outbox has saved it, when the answer takes longer than the
    /// reply wait; then a follow-up when it completes.
    /// </summary>
    internal sealed class DeliveryReplies
    {
        private readonly ICommandMessenger _messenger;
        private readonly TimeProvider _time;
        private readonly TimeSpan _replyWait;
        private readonly ILog _log;

        public DeliveryReplies(ICommandMessenger messenger, TimeProvider time, TimeSpan replyWait, ILog log)
        {
            _messenger = messenger;
            _time = time;
            _replyWait = replyWait;
            _log = log;
        }

        public async Task<CommandOutcome> DeliverAsync(int playerId, string name, CommandStep.Delivery step)
        {
            IDeliveryTicket ticket;
            try
            {
                ticket = step.Send();
            }
            catch (Exception e)
            {
                _log.Write(LogLevel.Error, "/" + name + " from player " + playerId + " could not be queued: " + e);
                step.OnFinal?.Invoke(new DeliveryResult(DeliveryState.Dropped, "not queued"));
                _messenger.Reply(playerId, CommandReplies.Failed(step.Subject));
                return CommandOutcome.Failed;
            }

            var completion = ticket.Completion;
            if (!completion.IsCompleted)
            {
                using var cancel = new CancellationTokenSource();
                var wait = _time.Delay(_replyWait, cancel.Token);
                await Task.WhenAny(completion, wait).ConfigureAwait(false);
                cancel.Cancel();
            }

            // "Queued" is said only once the outbox writer has answered (or the result came first).
            if (!completion.IsCompleted && !ticket.Saved.IsCompleted) await Task.WhenAny(completion, ticket.Saved).ConfigureAwait(false);
            if (completion.IsCompleted) return Final(playerId, name, step, completion);

            // Still queued: say so, honestly, and follow up when it completes.
            var failure = ticket.LastFailure?.Kind;
            var unreachable = failure == DeliveryFailureKind.Transient || failure == DeliveryFailureKind.Fatal;
            _messenger.Reply(playerId, step.Waiting != null ? step.Waiting
                : CommandReplies.IsNotSaved(ticket) ? CommandReplies.SendingNotSaved(step.Subject)
                : failure == DeliveryFailureKind.Fatal ? CommandReplies.QueuedHeld(step.Subject)
                : unreachable ? CommandReplies.QueuedUnreachable(step.Subject)
                : CommandReplies.QueuedPaced(step.Subject));
            _ = completion.ContinueWith(done => Final(playerId, name, step, done),
                CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            return unreachable ? CommandOutcome.QueuedUnreachable : CommandOutcome.QueuedPaced;
        }

        public async Task<CommandOutcome> QueuedOnceSavedAsync(int playerId, CommandStep.Saving step)
        {
            await Task.WhenAll(step.Tickets.Select(t => t.Saved)).ConfigureAwait(false);
            _messenger.Reply(playerId, step.Tickets.Any(CommandReplies.IsNotSaved) ? CommandReplies.SendingNotSaved(step.Subject) : CommandReplies.Queued(step.Subject));
            return CommandOutcome.QueuedPaced;
        }

        private CommandOutcome Final(int playerId, string name, CommandStep.Delivery step, Task<DeliveryResult> completion)
        {
            var result = Outcome(completion, name, playerId);
            step.OnFinal?.Invoke(result);
            _messenger.Reply(playerId, step.FinalText(result));
            return result.State switch
            {
                DeliveryState.Accepted => CommandOutcome.Accepted,
                DeliveryState.Rejected => CommandOutcome.Rejected,
                _ => CommandOutcome.Dropped,
            };
        }

        private DeliveryResult Outcome(Task<DeliveryResult> completion, string name, int playerId)
        {
            if (completion.TryGetResult(out var result) && result != null) return result;
            // The ticket contract says Completion never faults; if one does, the player still gets a true answer.
            _log.Write(LogLevel.Error, "/" + name + " from player " + playerId + ": the delivery ticket ended without a result: " + completion.Exception?.GetBaseException());
            return new DeliveryResult(DeliveryState.Dropped, "an internal error stopped it");
        }
    }
}
