using System;
using SonoranFiveM.Core.Dispatch;

namespace SonoranFiveM.Core.Commands
{
    /// <summary>Every line a player can be told by a command, in one place.</summary>
    internal static class CommandReplies
    {
        public static string NotAPlayer(string command) => "/" + command + " can only be used in game.";

        public static string NoPermission(string command) => "You do not have permission to use /" + command + ".";

        public static string NotAUnit(string command) => "/" + command + " is only for units signed in to the CAD.";

        public static string NeedsIdentity(string command) => "/" + command + " needs your CAD identity: link your account in Sonoran CAD first.";

        public static string CallUsage(string command, bool emergency) =>
            "Usage: /" + command + " <what is happening>" + (emergency ? " (an emergency)" : " (not an emergency)");

        public static string StatusUsage(string command, string names) => "Usage: /" + command + " <status>. One of: " + names + ".";

        public static string TooLong(int length, int max) => "That is too long (" + length + " characters; the limit is " + max + "). Please shorten it.";

        public static string CallCooldown(TimeSpan remaining) =>
            "Please wait " + Seconds(remaining) + " s before making another call (all call commands share this wait).";

        public static string NonEmergencyBusy(string command, int waiting, string? emergencyCommand) =>
            "The /" + command + " line is busy: " + waiting + " non-emergency calls are waiting to be sent. Please try again in a few minutes"
            + (emergencyCommand == null ? "." : "; for an emergency use /" + emergencyCommand + ".");

        public static string Ignored(TimeSpan remaining) =>
            "Too many refused commands: yours are ignored for the next " + Seconds(remaining) + " s.";

        public static string Cooldown(string command, TimeSpan remaining) =>
            "Please wait " + Seconds(remaining) + " s before using /" + command + " again.";

        /// <summary>"Your 911 call", "Your panic alert", …: the subject of the delivery replies.</summary>
        public static string Subject(CommandKind kind, bool panicOn, string command) => kind switch
        {
            CommandKind.Emergency => "Your " + command + " call",
            CommandKind.NonEmergency => "Your " + command + " call",
            CommandKind.Panic => panicOn ? "Your panic alert" : "Your panic clear",
            _ => "Your status change",
        };

        public static string Accepted(CommandKind kind, bool panicOn, string statusName, string command, string? cadId) => kind switch
        {
            CommandKind.Emergency or CommandKind.NonEmergency =>
                Subject(kind, panicOn, command) + " was received by dispatch" + (string.IsNullOrEmpty(cadId) ? "." : " (call #" + cadId + ")."),
            CommandKind.Panic => panicOn ? "Panic activated: dispatch has been alerted." : "Panic cleared.",
            _ => "Your status is now " + statusName + ".",
        };

        public static string Final(DeliveryResult result, string subject, string acceptedText) => result.State switch
        {
            DeliveryState.Accepted => acceptedText,
            DeliveryState.Rejected => "The CAD refused " + Lower(subject) + ": " + Reason(result.Detail) + ".",
            DeliveryState.Dropped => subject + " was not sent: " + Reason(result.Detail) + ".",
            _ => subject + " is still queued.",
        };

        public static string QueuedUnreachable(string subject) => subject + " is queued — the CAD is unreachable right now; it will be sent when it is back.";

        public static string QueuedHeld(string subject) => subject + " is queued — the server's CAD connection needs attention from staff; it will be sent once that is fixed.";

        public static string QueuedPaced(string subject) => subject + " is queued; it will be sent shortly.";

        /// <summary>Saved work with no answer to wait for (a record only for mirrors).</summary>
        public static string Queued(string subject) => subject + " is queued.";

        /// <summary>Durable work the outbox could not write: it is on its way, but not saved against a restart.</summary>
        public static string SendingNotSaved(string subject) => subject + " is being sent, but the server could not save it; if the server restarts before it is sent, it is lost.";

        public static bool IsNotSaved(IDeliveryTicket ticket) => ticket.Saved.TryGetResult(out var saved) && saved == Durability.NotSaved;

        public static string Failed(string subject) => subject + " could not be queued. Please tell the server staff.";

        public static string CallWithdrawn(string command) => "Your " + command + " call was cancelled before it was sent.";

        public static string CallBeingSent(string command) => "Your " + command + " call is being sent right now; try /" + command + " cancel again in a moment.";

        public static string CallWithoutId(string command) => "Your " + command + " call cannot be cancelled from here (the CAD gave it no call id); please tell dispatch.";

        public static string NoCallToCancel() => "You have no call to cancel.";

        /// <summary>The subject of the delivery replies about removing a call from the CAD.</summary>
        public static string CancelSubject(string command) => "The cancellation of your " + command + " call";

        public static string CallRemoved(string command, long callId) => "Your " + command + " call (#" + callId + ") was cancelled.";

        /// <summary>The parser's reason, which ends with the usage built from the argument names; the owner's own usage text replaces that when set.</summary>
        public static string RecordUsage(string parseError, string builtUsage, string? ownerUsage)
            => string.IsNullOrWhiteSpace(ownerUsage) || !parseError.EndsWith(builtUsage, StringComparison.Ordinal)
                ? parseError
                : parseError.Substring(0, parseError.Length - builtUsage.Length) + "Usage: " + ownerUsage!.Trim();

        public static string RecordNotCreated(string errors) => "The record could not be created: " + errors;

        public static string RecordFinal(DeliveryResult result, string template, DateTimeOffset expiresAt) => result.State switch
        {
            DeliveryState.Accepted => "Your " + template + " record was created; it expires at " + expiresAt.ToString("HH:mm") + " UTC.",
            DeliveryState.Rejected => "The CAD refused your " + template + " record: " + ChatText.CleanAndCap(result.Detail, 300),
            _ => "Your " + template + " record was not sent: " + ChatText.CleanAndCap(result.Detail, 300),
        };

        public static string LinkSubject() => "Your link request";

        public static string LinkCreated(string url, string code, int minutes) =>
            "To link your Sonoran CAD account, open " + url + " and sign in (code " + code + ", valid for " + minutes + " min). You will be told here when it is done.";

        public static string LinkPending(string url, string code, int minutes) =>
            "Your link code is still " + code + " (valid for " + minutes + " more min): open " + url + " and sign in.";

        /// <summary>The create is still queued after the reply wait: it is not saved, and given up after <paramref name="triedFor"/>.</summary>
        public static string LinkWaiting(TimeSpan? triedFor) =>
            "Your link request is waiting for the CAD; " + (triedFor.HasValue ? "it will be tried for up to " + Duration(triedFor.Value) : "it will be tried until the CAD answers")
            + ", and you will be told here what became of it.";

        public static string LinkOnItsWay() => "Your link code is on its way from the CAD.";

        public static string LinkDone() => "Your Sonoran CAD account is now linked to this game account.";

        public static string LinkExpired(string code, string command) => "Your link code " + code + " expired before it was used; type /" + command + " for a new one.";

        public static string LinkUnconfirmed(string code, string command) =>
            "Your link code " + code + " has expired, and the CAD could not be asked whether it was used; if you signed in with it, you are linked, otherwise type /"
            + command + " for a new one.";

        public static string LinkCheckFailed(string? detail, string command) =>
            "The CAD could not confirm your account link: " + Reason(detail) + ". Type /" + command + " to try again.";

        public static string LinkNeedsV2(string command) => "/" + command + " needs Sonoran API v2; please tell the server staff (apiVersion must be \"v2\").";

        public static string LinkNoIdentifier(string command) => "/" + command + " needs a game identifier the CAD can use, and your account has none; please tell the server staff.";

        private static string Reason(string? detail) => string.IsNullOrWhiteSpace(detail) ? "no reason given" : ChatText.CleanAndCap(detail, 300, stripMarkup: false).TrimEnd('.');

        private static string Duration(TimeSpan span)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(span.TotalSeconds));
            if (seconds % 60 != 0) return seconds + " s";
            var minutes = seconds / 60;
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }

        private static int Seconds(TimeSpan remaining) => Math.Max(1, (int)Math.Ceiling(remaining.TotalSeconds));

        private static string Lower(string subject) => subject.Length == 0 ? subject : char.ToLowerInvariant(subject[0]) + subject.Substring(1);
    }
}
