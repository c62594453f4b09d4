using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SonoranFiveM.Core.Cad;
using SonoranFiveM.Core.Cad.Models;
using SonoranFiveM.Core.Commands;
using SonoranFiveM.Core.Diagnostics;
using SonoranFiveM.Core.Dispatch;

namespace SonoranFiveM.Core.Linking
{
    /// <summary>
    /// Account linking from the game (<c>/link</c>): asks the CAD for a code, then learns that the player used it, either
    /// from the CAD's <c>EVENT_COMMUNITY_LINK_VERIFIED</c> push (<see cref="Verified"/>) or by checking the link every
    /// <see cref="PollInterval"/>, the last check at or after the code's expiry. Both requests go through the dispatcher's
    /// CreateLink and CheckLink lanes, so every check is paced by the one rate limiter of its lane: many pending links
    /// share the 30/min budget, each checked less often. One pending link per player; it ends when the link is verified,
    /// a check made at or after the code's expiry says "not linked" (or none could be made within
    /// <see cref="CheckGrace"/>), the CAD refuses a check, or the player leaves.
    /// </summary>
    public sealed class AccountLinks
    {
        public static readonly TimeSpan DefaultPollInterval = TimeSpan.FromSeconds(10);

        /// <summary>The check interval while the CAD's push events arrive: then a check only reconciles a missed event.</summary>
        public static readonly TimeSpan PushedPollInterval = TimeSpan.FromSeconds(60);

        private readonly object _gate = new object();
        private readonly Dictionary<int, Session> _byPlayer = new Dictionary<int, Session>();
        private readonly Dispatcher _dispatcher;
        private readonly ICommandMessenger _messenger;
        private readonly TimeProvider _time;
        private readonly ILog _log;
        private readonly string _commandName;
        private readonly Func<bool>? _pushConnected;

        /// <param name="website">The CAD's website, e.g. <c>https://sonorancad.com</c>; the player opens <c>{website}/id?code=…</c>.</param>
        /// <param name="commandName">The link command's name, for "type /link for a new one".</param>
        /// <param name="pushConnected">True while the CAD's push events arrive (the hub is authenticated): checks are then spaced <see cref="PushedPollInterval"/>.</param>
        public AccountLinks(Dispatcher dispatcher, string website, string commandName, ICommandMessenger messenger, TimeProvider time, ILog log,
            TimeSpan? pollInterval = null, Func<bool>? pushConnected = null)
        {
            _pushConnected = pushConnected;
            _dispatcher = dispatcher ?? throw new ArgumentNullException(nameof(dispatcher));
            _messenger = messenger ?? throw new ArgumentNullException(nameof(messenger));
            _time = time ?? throw new ArgumentNullException(nameof(time));
            _log = log ?? throw new ArgumentNullException(nameof(log));
            Website = (website ?? throw new ArgumentNullException(nameof(website))).TrimEnd('/');
            _commandName = commandName ?? string.Empty;
            PollInterval = pollInterval ?? DefaultPollInterval;
            if (PollInterval <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(pollInterval), pollInterval, "The poll interval must be positive.");
            dispatcher.AddLane(LinkLanes.Create(dispatcher.Cad, dispatcher.Options));
            dispatcher.AddLane(LinkLanes.Check(dispatcher.Cad, dispatcher.Options));
        }

        /// <summary>
        /// A player's link was verified (player id, communityUserId, true when the CAD's push event said so rather than a
        /// check). Raised once per pending link, on the thread pool.
        /// </summary>
        public event Action<int, string, bool>? Linked;

        /// <summary>The CAD API in use can link accounts (v2; v1 documents no link API).</summary>
        public bool Supported => _dispatcher.ApiVersion == "v2";

        public string Website { get; }

        /// <summary>
        /// How long after a check said "not yet" the next is due while no push events arrive (the lane's budget may make
        /// it later).
        /// </summary>
        public TimeSpan PollInterval { get; }

        /// <summary>How long after its code's expiry a check may still wait for the lane: two <see cref="PollInterval"/>s.</summary>
        public TimeSpan CheckGrace => PollInterval + PollInterval;

        /// <summary>How long a create waits for the CAD before it is given up (the CreateLink lane's max age); null when never.</summary>
        public TimeSpan? CreateMaxAge => _dispatcher.Options.Lane(CadEndpoint.CreateLink).MaxAge;

        /// <summary>Links waiting to be created or verified.</summary>
        public int PendingCount
        {
            get { lock (_gate) return _byPlayer.Count; }
        }

        /// <summary>Where the player enters <paramref name="code"/>.</summary>
        public string UrlFor(string code) => Website + "/id?code=" + Uri.EscapeDataString(code);

        /// <summary>Whole minutes (at least 1) until <paramref name="code"/> expires.</summary>
        public int MinutesLeft(LinkCode code) => Math.Max(1, (int)Math.Ceiling((code.ExpiresAt - _time.GetUtcNow()).TotalMinutes));

        /// <summary>
        /// The player's pending link: null when none; a link whose <see cref="LinkWork.Code"/> is null while the CAD has not
        /// answered yet. A link whose code has expired is not pending.
        /// </summary>
        internal LinkWork? Pending(int playerId)
        {
            lock (_gate)
            {
                if (!_byPlayer.TryGetValue(playerId, out var session)) return null;
                var code = session.Work.Code;
                return code != null && code.ExpiresAt <= _time.GetUtcNow() ? null : session.Work;
            }
        }

        /// <summary>
        /// Asks the CAD for a code for the player (replacing any earlier link of theirs). When the ticket is accepted,
        /// <see cref="LinkWork.Code"/> holds the code and checking has begun.
        /// </summary>
        internal (IDeliveryTicket Ticket, LinkWork Work) Request(int playerId, string communityUserId)
        {
            if (string.IsNullOrWhiteSpace(communityUserId)) throw new ArgumentException("A communityUserId is required.", nameof(communityUserId));
            var session = new Session(playerId, new LinkWork(communityUserId));
            Session? replaced;
            lock (_gate)
            {
                _byPlayer.TryGetValue(playerId, out replaced);
                _byPlayer[playerId] = session;
            }

            if (replaced != null) CancelQueued(replaced);
            session.Work.Accepted = () => ScheduleCheck(session);
            var ticket = _dispatcher.Enqueue(nameof(CadEndpoint.CreateLink), session.Work);
            Volatile.Write(ref session.CreateTicketId, ticket.Id);
            // The command's delivery reply tells the player about the create itself.
            _ = ticket.Completion.ContinueWith(done =>
            {
                if (done.Result.State != DeliveryState.Accepted) End(session);
            }, CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
            return (ticket, session.Work);
        }

        /// <summary>
        /// The CAD's push event: <paramref name="communityUserId"/> is linked. Ends that player's pending link, if any. The
        /// push arrives on the main thread, so this only hands the work (a scan of the pending links, the cancels, the
        /// listeners) to the thread pool.
        /// </summary>
        public void Verified(string communityUserId)
        {
            if (string.IsNullOrEmpty(communityUserId)) return;
            _ = Task.Run(() =>
            {
                try
                {
                    FinishVerified(communityUserId);
                }
                catch (Exception ex)
                {
                    _log.Write(LogLevel.Error, "Account links: completing a verified link failed: " + ex.GetType().Name + ": " + ex.Message);
                }
            });
        }

        private void FinishVerified(string communityUserId)
        {
            var done = new List<Session>(1);
            lock (_gate)
            {
                foreach (var session in _byPlayer.Values)
                {
                    if (string.Equals(session.Work.CommunityUserId, communityUserId, StringComparison.Ordinal)) done.Add(session);
                }
            }

            foreach (var session in done) Finish(session, byPush: true);
        }

        /// <summary>The player left: their pending link is dropped and no longer checked.</summary>
        public void Forget(int playerId)
        {
            Session? session;
            lock (_gate)
            {
                if (!_byPlayer.TryGetValue(playerId, out session)) return;
                _byPlayer.Remove(playerId);
            }

            CancelQueued(session);
        }

        private void ScheduleCheck(Session session)
        {
            if (!IsCurrent(session)) return;
            var expires = session.Work.Code?.ExpiresAt;
            if (expires == null)
            {
                End(session);
                return;
            }

            // The last check is made at or after expiry: the CAD answers by communityUserId, so it still tells the truth
            // about a sign-in in the last interval. Each check may wait for the lane until the grace after expiry.
            var now = _time.GetUtcNow();
            var due = now + (_pushConnected?.Invoke() == true ? PushedPollInterval : PollInterval);
            if (due > expires.Value) due = expires.Value;
            var final = due >= expires.Value;
            var work = new LinkWork(session.Work.CommunityUserId);
            work.Accepted = () => Checked(session, work, final);
            var ticket = _dispatcher.Enqueue(nameof(CadEndpoint.CheckLink), work, expires.Value + CheckGrace, due);
            Volatile.Write(ref session.CheckTicketId, ticket.Id);
            // Forgotten meanwhile: Forget saw no check to cancel.
            if (!IsCurrent(session)) CancelQueued(session);
            _ = ticket.Completion.ContinueWith(done =>
            {
                if (done.Result.State != DeliveryState.Accepted) NotChecked(session, done.Result);
            }, CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
        }

        /// <summary>The CAD answered a check: done, expired (the check was made at or after expiry), or the next check is queued.</summary>
        private void Checked(Session session, LinkWork check, bool final)
        {
            if (check.Linked) Finish(session, byPush: false);
            else if (final) Expired(session);
            else ScheduleCheck(session);
        }

        /// <summary>A check was refused, or dropped because the CAD could not be asked within the grace: checking stops.</summary>
        private void NotChecked(Session session, DeliveryResult result)
        {
            if (!IsCurrent(session)) return;
            var code = session.Work.Code!;
            if (result.State == DeliveryState.Dropped && _time.GetUtcNow() >= code.ExpiresAt + CheckGrace)
            {
                if (!End(session)) return;
                _log.Write(LogLevel.Warning, "Account link of player " + session.PlayerId + ": the code expired and no check could be made within "
                    + CheckGrace.TotalSeconds + " s of its expiry: " + result.Detail);
                _messenger.Reply(session.PlayerId, CommandReplies.LinkUnconfirmed(code.Code, _commandName));
                return;
            }

            if (!End(session)) return;
            _log.Write(LogLevel.Warning, "Account link of player " + session.PlayerId + ": checking stopped: " + result.Detail);
            _messenger.Reply(session.PlayerId, CommandReplies.LinkCheckFailed(result.Detail, _commandName));
        }

        private void Expired(Session session)
        {
            if (!End(session)) return;
            _log.Write(LogLevel.Info, "Account link of player " + session.PlayerId + ": the code expired unused.");
            _messenger.Reply(session.PlayerId, CommandReplies.LinkExpired(session.Work.Code!.Code, _commandName));
        }

        private void Finish(Session session, bool byPush)
        {
            if (!End(session)) return;
            CancelQueued(session);
            _log.Write(LogLevel.Info, "Account link of player " + session.PlayerId + " verified" + (byPush ? " (CAD push event)." : "."));
            _messenger.Reply(session.PlayerId, CommandReplies.LinkDone());
            try
            {
                Linked?.Invoke(session.PlayerId, session.Work.CommunityUserId, byPush);
            }
            catch (Exception ex)
            {
                _log.Write(LogLevel.Error, "Account links: a listener failed: " + ex.Message);
            }
        }

        /// <summary>Removes the session if it is still the player's; false when it had already ended.</summary>
        private bool End(Session session)
        {
            lock (_gate)
            {
                if (!_byPlayer.TryGetValue(session.PlayerId, out var current) || current != session) return false;
                _byPlayer.Remove(session.PlayerId);
                return true;
            }
        }

        private bool IsCurrent(Session session)
        {
            lock (_gate) return _byPlayer.TryGetValue(session.PlayerId, out var current) && current == session;
        }

        /// <summary>Withdraws the link's queued create or check, if one waits (one in flight is ignored when it settles).</summary>
        private void CancelQueued(Session session)
        {
            foreach (var id in new[] { Volatile.Read(ref session.CreateTicketId), Volatile.Read(ref session.CheckTicketId) })
            {
                if (id != null) _dispatcher.Cancel(id, "the account link ended");
            }
        }

        /// <summary>A class, not a record: a session is told from a newer one for the same player by reference.</summary>
        private sealed class Session(int playerId, LinkWork work)
        {
            public int PlayerId { get; } = playerId;

            /// <summary>The create: its communityUserId, and its code once the CAD answered.</summary>
            public LinkWork Work { get; } = work;

            public string? CreateTicketId;

            public string? CheckTicketId;
        }
    }
}
