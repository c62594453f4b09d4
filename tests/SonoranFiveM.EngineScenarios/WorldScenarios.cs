using System.Globalization;
using CitizenFX.Core;
using FxServerDouble;

namespace SonoranFiveM.EngineScenarios
{
    /// <summary>Players, units on the CAD map, drops, and events clients may and may not raise.</summary>
    public static class WorldScenarios
    {
        private static string License(int i) => "lic" + i.ToString("0000", CultureInfo.InvariantCulture);

        /// <summary>Every fourth of <paramref name="count"/> players is on duty in the CAD (before the server starts, as the roster is polled once a minute).</summary>
        public static void AddUnits(Harness h, int count)
        {
            for (var i = 0; i < count; i += 4) h.Cad.AddUnit(License(i), "Officer " + i);
        }

        /// <summary>Joins <paramref name="count"/> players, spread over the postal grid.</summary>
        public static List<SimPlayer> Populate(Harness h, int count, float spacing = 200)
        {
            var players = new List<SimPlayer>();
            for (var i = 0; i < count; i++)
            {
                var license = License(i);
                var cell = i / 4 % 20;
                players.Add(h.Join("Player " + i, license, new Vector3(cell * spacing, (i % 4) * spacing, 30)));
            }

            return players;
        }

        public static void DriveUnits(Harness h, IReadOnlyList<SimPlayer> players, float spacing = 200)
        {
            for (var i = 0; i < players.Count; i += 4)
            {
                var p = players[i];
                h.World.EnterNewVehicle(p.Id, "police3");
                var start = p.Ped.Position;
                h.World.Drive(p.Id, new[] { start, new Vector3(start.X + spacing, start.Y, start.Z), new Vector3(start.X + spacing, start.Y + spacing, start.Z) }, 20);
                h.Server.TriggerFromClient(p.Id, "sonoran-fivem:streets", "Alta St", "Vespucci Blvd");
            }
        }

        [Scenario]
        public static void Sixty_four_players_join_and_the_sixteen_units_appear_on_the_map_with_postals_and_streets(ScenarioContext ctx)
        {
            using (var h = new Harness(ctx))
            {
                AddUnits(h, 64);
                h.Start();
                var players = Populate(h, 64);
                h.WaitUntil(() => h.Console("sonoran status").Any(l => l.Contains("CAD units online 16")), "the roster to list 16 units", 30, 500);
                h.Callbacks().Reset();
                DriveUnits(h, players);

                var units = players.Where((p, i) => i % 4 == 0).Select(p => p.Identifier("license").Substring("license:".Length)).ToList();
                h.WaitCad(s => units.All(u => LocatedWithPostalAndStreet(Harness.Unit(s, u))), "all 16 units on the map with a postal and street names", 40);

                var state = h.Cad.State();
                var first = Harness.Unit(state, units[0]);
                h.Expect(((string)first["location"]).EndsWith("Alta St / Vespucci Blvd"), "location line: " + first["location"]);
                h.Expect(players.Where((p, i) => i % 4 == 0).All(p => true.Equals(h.World.StateBag("player:" + p.Handle, "sonoranUnit"))), "a unit's sonoranUnit state bag is not true");
                h.Expect(players.Where((p, i) => i % 4 != 0).All(p => false.Equals(h.World.StateBag("player:" + p.Handle, "sonoranUnit"))), "a non-unit's sonoranUnit state bag is not false");
                foreach (var line in h.Callbacks().Report()) ctx.Log("64 players, 16 units driving: " + line);
            }
        }

        private static bool LocatedWithPostalAndStreet(JObject unit)
            => unit != null && ((string)unit["location"] ?? string.Empty).StartsWith("[1") && ((string)unit["location"]).Contains("Alta St");

        [Scenario]
        public static void A_unit_that_drops_is_no_longer_tracked(ScenarioContext ctx)
        {
            using (var h = new Harness(ctx))
            {
                AddUnits(h, 8);
                h.Start();
                var players = Populate(h, 8);
                h.WaitUntil(() => h.Console("sonoran status").Any(l => l.Contains("players 8, CAD units online 2, tracked 2")), "the 2 units to be tracked", 30, 500);

                h.World.Drop(players[0].Id);

                // Still on duty in the CAD, but no longer on this server: not tracked.
                h.WaitUntil(() => h.Console("sonoran status").Any(l => l.Contains("players 7, CAD units online 2, tracked 1")), "the dropped unit to be forgotten", 20, 200);
            }
        }

        [Scenario]
        public static void Clients_cannot_raise_the_server_only_events(ScenarioContext ctx)
        {
            using (var h = new Harness(ctx))
            {
                h.Start();
                var p = h.Join("Mallory", "mallory");

                h.Server.TriggerFromClient(p.Id, "txAdmin:events:serverShuttingDown", LuaValues.Table("delay", 1000L));
                h.Server.TriggerFromClient(p.Id, "onResourceStop", Harness.Resource);
                h.Server.TriggerFromClient(p.Id, "__cfx_internal:httpResponse", 1L, 200L, "{}", LuaValues.Table());
                h.Server.TriggerFromClient(p.Id, "sonoran-fivem:streets", new string('x', 10000), LuaValues.Table("nested", 1L));

                var status = h.Console("sonoran status");
                h.Expect(status.Any(l => l.Contains("players 1")), "a client's fake events changed the server's state: " + string.Join(" | ", status));
                h.Expect(!h.Server.Console.Any(l => l.Contains("stopped;")), "a client stopped the integration");
                var reply = h.Say(p, "/911 still working", l => l.Contains("911"));
                h.Expect(!reply.Contains("not running"), "the integration stopped: " + reply);
            }
        }
    }
}
