using System.Reflection;

namespace SonoranFiveM.EngineScenarios
{
    /// <summary>Every scenario by name, and a runner that reports a failure as text (for the Mono host and the tests alike).</summary>
    public static class Scenarios
    {
        private static readonly Dictionary<string, MethodInfo> ByName = typeof(Scenarios).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.IsDefined(typeof(ScenarioAttribute), false))
            .ToDictionary(m => m.Name, m => m, StringComparer.Ordinal);

        public static IReadOnlyList<string> Names => ByName.Keys.OrderBy(n => n, StringComparer.Ordinal).ToList();

        /// <summary>Whether the scenario needs Node.js (see <see cref="ScenarioAttribute.NeedsNode"/>).</summary>
        public static bool NeedsNode(string name) => ByName.TryGetValue(name, out var method) && method.GetCustomAttribute<ScenarioAttribute>().NeedsNode;

        /// <summary>Runs one scenario; null when it passed, else what went wrong.</summary>
        public static string Run(string name, ScenarioContext context)
        {
            if (!ByName.TryGetValue(name, out var method)) return "no scenario named " + name;
            try
            {
                method.Invoke(null, new object[] { context });
                return null;
            }
            catch (TargetInvocationException ex) when (ex.InnerException != null)
            {
                return Describe(ex.InnerException);
            }
            catch (Exception ex)
            {
                return Describe(ex);
            }
        }

        /// <summary>Runs <paramref name="action"/>; null when it passed, else what went wrong.</summary>
        public static string Guard(Action action)
        {
            try
            {
                action();
                return null;
            }
            catch (Exception ex)
            {
                return Describe(ex);
            }
        }

        private static string Describe(Exception ex) => ex is ScenarioFailure ? ex.Message : ex.ToString();
    }
}
