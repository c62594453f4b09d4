using SonoranFiveM.Core.Locations;

namespace SonoranFiveM.Core.Tests.Locations
{
    public class StreetReportGateTests
    {
        private readonly FakeTimeProvider _time = new FakeTimeProvider();
        private readonly StreetReportGate _gate;

        public StreetReportGateTests() => _gate = new StreetReportGate(new StreetReportOptions(), _time);

        [Fact]
        public void Only_units_may_report_streets()
        {
            Assert.Equal(StreetReportOutcome.NotAUnit, _gate.Submit(3, isUnit: false, "Alta St", null));
            Assert.False(_gate.TryGetStreets(3, out _));
        }

        [Fact]
        public void Reports_are_cleaned_and_capped()
        {
            var longName = new string('x', 80);

            Assert.Equal(StreetReportOutcome.Accepted, _gate.Submit(3, true, "^1<b>Alta</b>~r~ St\n", longName));

            Assert.True(_gate.TryGetStreets(3, out var streets));
            Assert.Equal("bAlta/b St", streets.Street);
            Assert.Equal(new string('x', 64), streets.CrossStreet);
        }

        [Fact]
        public void At_most_one_report_a_second_per_player()
        {
            Assert.Equal(StreetReportOutcome.Accepted, _gate.Submit(3, true, "First St", null));
            _time.Advance(TimeSpan.FromMilliseconds(999));
            Assert.Equal(StreetReportOutcome.TooFrequent, _gate.Submit(3, true, "Second St", null));
            Assert.Equal(StreetReportOutcome.Accepted, _gate.Submit(4, true, "Other player St", null));

            _time.Advance(TimeSpan.FromMilliseconds(1));
            Assert.Equal(StreetReportOutcome.Accepted, _gate.Submit(3, true, "Third St", null));
            Assert.True(_gate.TryGetStreets(3, out var streets));
            Assert.Equal("Third St", streets.Street);
        }

        [Fact]
        public void A_report_older_than_the_maximum_age_is_not_used()
        {
            _gate.Submit(3, true, "Alta St", null);

            _time.Advance(TimeSpan.FromSeconds(30));
            Assert.True(_gate.TryGetStreets(3, out _));
            _time.Advance(TimeSpan.FromSeconds(1));
            Assert.False(_gate.TryGetStreets(3, out _));
        }

        [Fact]
        public void An_empty_report_clears_the_streets_and_a_lone_cross_street_moves_up()
        {
            _gate.Submit(3, true, "Alta St", "Vespucci Blvd");
            _time.Advance(TimeSpan.FromSeconds(1));
            _gate.Submit(3, true, " ^1 ", "<>");
            Assert.False(_gate.TryGetStreets(3, out _));

            _time.Advance(TimeSpan.FromSeconds(1));
            _gate.Submit(3, true, null, "Vespucci Blvd");
            Assert.True(_gate.TryGetStreets(3, out var streets));
            Assert.Equal("Vespucci Blvd", streets.Street);
            Assert.Null(streets.CrossStreet);
        }

        [Fact]
        public void Forgetting_a_player_drops_their_streets()
        {
            _gate.Submit(3, true, "Alta St", null);

            _gate.Forget(3);

            Assert.False(_gate.TryGetStreets(3, out _));
            Assert.Equal(StreetReportOutcome.Accepted, _gate.Submit(3, true, "Alta St", null));
        }
    }
}
