using System;
using System.Collections.Generic;
using SonoranFiveM.Core.Dispatch;

namespace SonoranFiveM.Core.Commands
{
    /// <summary>What a handler decided about a command; the pipeline carries it out and replies.</summary>
    internal abstract record CommandStep
    {
        /// <summary>Tell the player (nothing when <paramref name="message"/> is null).</summary>
        public static CommandStep Reply(CommandOutcome outcome, string? message) => new Told(outcome, message, false);

        /// <summary>Tell the player why the command was refused, and count it against their refusal limit.</summary>
        public static CommandStep Refuse(CommandOutcome outcome, string message) => new Told(outcome, message, true);

        /// <summary>Start the command's cooldown (refusing it while one runs), then take the next step.</summary>
        public static CommandStep AfterCooldown(Func<CommandStep> next) => new Cooled(next);

        /// <summary>
        /// Queue the work with <paramref name="send"/>, then reply when it is delivered: the final answer within the reply
        /// wait, else "queued" once saved and the final answer later. <paramref name="onFinal"/> sees the final result
        /// first (a dropped one if <paramref name="send"/> throws). <paramref name="waiting"/>, when given, is said instead of
        /// the shared "queued" lines (for work that is not saved and is given up after a while).
        /// </summary>
        public static CommandStep Deliver(string subject, Func<IDeliveryTicket> send, Func<DeliveryResult, string> finalText, Action<DeliveryResult>? onFinal = null,
            string? waiting = null)
            => new Delivery(subject, send, finalText, onFinal, waiting);

        /// <summary>Work queued with no answer to wait for: say "queued" once every ticket is saved.</summary>
        public static CommandStep QueuedOnceSaved(string subject, IReadOnlyList<IDeliveryTicket> tickets) => new Saving(subject, tickets);

        internal sealed record Told(CommandOutcome Outcome, string? Message, bool Refused) : CommandStep;

        internal sealed record Cooled(Func<CommandStep> Next) : CommandStep;

        internal sealed record Delivery(string Subject, Func<IDeliveryTicket> Send, Func<DeliveryResult, string> FinalText, Action<DeliveryResult>? OnFinal, string? Waiting) : CommandStep;

        internal sealed record Saving(string Subject, IReadOnlyList<IDeliveryTicket> Tickets) : CommandStep;
    }
}
