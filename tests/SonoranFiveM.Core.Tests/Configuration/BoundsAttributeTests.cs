using System.Globalization;

namespace SonoranFiveM.Core.Tests.Configuration
{
    public class BoundsAttributeTests
    {
        public static IEnumerable<object[]> BoundedOptions() => Bounded(typeof(SonoranOptions), "");

        [Theory]
        [MemberData(nameof(BoundedOptions))]
        public void Every_bounded_option_refuses_a_value_outside_its_range_with_its_fix(string keyPath, double outside, string fix)
        {
            var convar = ConvarNames.For(keyPath);
            var result = ConfigFixtures.Load("", (convar, outside.ToString(CultureInfo.InvariantCulture)));

            var error = Assert.Single(result.Errors, e => e.Key == keyPath);
            Assert.StartsWith($"{keyPath} (convar {convar}): ", error.Message);
            Assert.EndsWith("is not allowed; " + fix, error.Message);
        }

        [Theory]
        [InlineData(double.NaN)]
        [InlineData(double.PositiveInfinity)]
        [InlineData(double.NegativeInfinity)]
        public void No_range_holds_a_non_finite_number(double value)
        {
            Assert.False(new BoundsAttribute(double.MinValue, "any").Contains(value));
        }

        private static IEnumerable<object[]> Bounded(Type type, string path)
        {
            foreach (var option in OptionProperty.Of(type))
            {
                var keyPath = path.Length == 0 ? option.Key : path + "." + option.Key;
                if (option.Kind == OptionKind.Section)
                {
                    foreach (var row in Bounded(option.Type, keyPath)) yield return row;
                }
                else if (option.Bounds != null)
                {
                    // Below the minimum where there is one to go below; otherwise above the maximum.
                    var outside = option.Bounds.Min > -1000 ? option.Bounds.Min - 1 : option.Bounds.Max + 1;
                    yield return new object[] { keyPath, outside, option.Bounds.Fix };
                }
            }
        }
    }
}
