using System;
using SonoranFiveM.Core.Dispatch;
using SonoranFiveM.Core.Linking;

namespace SonoranFiveM.Core.Commands.Handlers
{
    /// <summary>
    /// /link: asks the CAD for a link code and shows the player where to enter it, once the CAD answered; completion is
    /// told later by <see cref="AccountLinks"/>. A code still valid is shown again without a request or the command's
    /// cooldown, at most once per <see cref="ReshowInterval"/>; sooner is refused like a cooldown (and counted against the
    /// refusal limit, as is /link on API v1), so no reply is free to repeat. Anything typed after it is ignored.
    /// </summary>
    internal sealed class LinkCommand : ICommandHandler
    {
        public static readonly TimeSpan ReshowInterval = TimeSpan.FromSeconds(5);

        private readonly AccountLinks _links;
        private readonly Cooldowns _cooldowns;
        private readonly string _reshowKey;

        public LinkCommand(string name, CommandOptions options, AccountLinks links, Cooldowns cooldowns)
        {
            _links = links;
            _cooldowns = cooldowns;
            // Command names hold no whitespace, so this key is no command's.
            _reshowKey = name + " reshow";
            Rules = CommandRules.For(name, options, CommandAudience.Everyone, CommandText.Ignored);
            Suggestion = new ChatSuggestion("/" + name, "Link your Sonoran CAD account to this game account.", Array.Empty<ChatSuggestionParameter>());
        }

        public CommandRules Rules { get; }

        public ChatSuggestion Suggestion { get; }

        public CommandStep Plan(CommandContext context, string text)
        {
            var name = Rules.Name;
            if (!_links.Supported) return CommandStep.Refuse(CommandOutcome.NotSupported, CommandReplies.LinkNeedsV2(name));
            var communityUserId = context.CommunityUserId;
            if (string.IsNullOrEmpty(communityUserId)) return CommandStep.Refuse(CommandOutcome.NoIdentity, CommandReplies.LinkNoIdentifier(name));

            var pending = _links.Pending(context.PlayerId);
            if (pending != null)
            {
                if (!_cooldowns.TryConsume(_reshowKey, context.PlayerId, ReshowInterval, out var wait))
                    return CommandStep.Refuse(CommandOutcome.Cooldown, CommandReplies.Cooldown(name, wait));
                var code = pending.Code;
                return CommandStep.Reply(CommandOutcome.Pending, code == null
                    ? CommandReplies.LinkOnItsWay()
                    : CommandReplies.LinkPending(_links.UrlFor(code.Code), code.Code, _links.MinutesLeft(code)));
            }

            return CommandStep.AfterCooldown(() =>
            {
                var subject = CommandReplies.LinkSubject();
                LinkWork? work = null;
                return CommandStep.Deliver(subject, () =>
                {
                    var request = _links.Request(context.PlayerId, communityUserId!);
                    work = request.Work;
                    return request.Ticket;
                }, result =>
                {
                    var code = work?.Code;
                    return result.State == DeliveryState.Accepted && code != null
                        ? CommandReplies.LinkCreated(_links.UrlFor(code.Code), code.Code, _links.MinutesLeft(code))
                        : CommandReplies.Final(result, subject, CommandReplies.LinkOnItsWay());
                }, waiting: CommandReplies.LinkWaiting(_links.CreateMaxAge));
            });
        }
    }
}
