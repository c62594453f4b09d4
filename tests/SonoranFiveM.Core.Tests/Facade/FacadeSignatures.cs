using System.Reflection;
using System.Text;

namespace SonoranFiveM.Core.Tests.Facade
{
    /// <summary>
    /// Describes every public or protected type and member of an assembly as one line of text:
    /// <code>
    /// type     public abstract class CitizenFX.Core.BaseScript : System.Object
    /// ctor     CitizenFX.Core.BaseScript | protected | ()
    /// method   CitizenFX.Core.BaseScript | public static | System.Threading.Tasks.Task Delay(System.Int32 msecs)
    /// property CitizenFX.Core.BaseScript | protected internal instance | CitizenFX.Core.EventHandlerDictionary EventHandlers { protected internal get; }
    /// field    CitizenFX.Core.Vector3 | public instance | System.Single X
    /// event    CitizenFX.Core.BaseScript | protected instance | System.Func&lt;System.Threading.Tasks.Task&gt; Tick
    /// </code>
    /// Parameters carry their names and a <c>params</c> marker; indexers are properties named <c>Item</c> with parameters.
    /// </summary>
    public static class FacadeSignatures
    {
        private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

        public static IReadOnlyList<string> Describe(Assembly assembly) => Describe(assembly, _ => true);

        /// <summary>Only the types <paramref name="include"/> accepts (e.g. the CitizenFX namespaces of the FXServer double).</summary>
        public static IReadOnlyList<string> Describe(Assembly assembly, Func<Type, bool> include) =>
            assembly.GetTypes().Where(t => IsVisible(t) && include(t)).OrderBy(t => t.FullName, StringComparer.Ordinal).SelectMany(DescribeType).ToList();

        /// <summary>Lines in <paramref name="expected"/> but not in <paramref name="actual"/> (missing), and the reverse (unexpected).</summary>
        public static (IReadOnlyList<string> Missing, IReadOnlyList<string> Unexpected) Compare(IEnumerable<string> expected, IEnumerable<string> actual)
        {
            var expectedSet = new HashSet<string>(expected.Select(Normalise).Where(l => l.Length > 0 && !l.StartsWith("#", StringComparison.Ordinal)));
            var actualSet = new HashSet<string>(actual.Select(Normalise));
            return (expectedSet.Except(actualSet).OrderBy(l => l, StringComparer.Ordinal).ToList(),
                    actualSet.Except(expectedSet).OrderBy(l => l, StringComparer.Ordinal).ToList());
        }

        private static string Normalise(string line) => string.Join(" ", line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        private static IEnumerable<string> DescribeType(Type type)
        {
            var name = TypeName(type);
            yield return "type " + Access(type) + " " + TypeKind(type) + " " + name + Bases(type) + AttributeUsage(type);

            foreach (var member in type.GetMembers(Declared).OrderBy(m => m.MemberType).ThenBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.ToString(), StringComparer.Ordinal))
            {
                var line = member switch
                {
                    ConstructorInfo c when IsVisible(c) => "ctor " + name + " | " + Access(c) + (c.IsStatic ? " static" : "") + " | (" + Parameters(c.GetParameters()) + ")",
                    MethodInfo m when IsVisible(m) && (!m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal)) =>
                        "method " + name + " | " + Access(m) + Scope(m) + " | " + TypeName(m.ReturnType) + " " + m.Name + "(" + Parameters(m.GetParameters()) + ")",
                    PropertyInfo p when Accessors(p).Any(IsVisible) => "property " + name + " | " + Access(Accessors(p).Where(IsVisible).First()) + Scope(Accessors(p).First()) + " | " + TypeName(p.PropertyType) + " " + p.Name + Indexer(p) + " { " + string.Join(" ", Accessors(p).Where(IsVisible).Select(a => Access(a) + " " + (a == p.GetMethod ? "get;" : "set;"))) + " }",
                    FieldInfo f when IsVisible(f) => "field " + name + " | " + Access(f) + (f.IsStatic ? " static" : " instance") + (f.IsInitOnly ? " readonly" : "") + " | " + TypeName(f.FieldType) + " " + f.Name,
                    EventInfo e when e.AddMethod != null && IsVisible(e.AddMethod) => "event " + name + " | " + Access(e.AddMethod) + Scope(e.AddMethod) + " | " + TypeName(e.EventHandlerType!) + " " + e.Name,
                    _ => null,
                };
                if (line != null) yield return line;
            }
        }

        private static IEnumerable<MethodInfo> Accessors(PropertyInfo p) => new[] { p.GetMethod, p.SetMethod }.Where(a => a != null)!;

        private static string Indexer(PropertyInfo p) => p.GetIndexParameters().Length == 0 ? "" : "[" + Parameters(p.GetIndexParameters()) + "]";

        private static string Scope(MethodBase m) => m.IsStatic ? " static" : m.IsAbstract ? " abstract" : m.IsVirtual && !m.IsFinal ? " virtual" : " instance";

        private static string Parameters(ParameterInfo[] parameters) =>
            string.Join(", ", parameters.Select(p => (p.IsDefined(typeof(ParamArrayAttribute)) ? "params " : "") + TypeName(p.ParameterType) + " " + p.Name));

        private static bool IsVisible(Type t) => t.IsPublic || t.IsNestedPublic || t.IsNestedFamily || t.IsNestedFamORAssem;

        private static bool IsVisible(MethodBase m) => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly;

        private static bool IsVisible(FieldInfo f) => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly;

        private static string Access(MethodBase m) => m.IsPublic ? "public" : m.IsFamilyOrAssembly ? "protected internal" : "protected";

        private static string Access(FieldInfo f) => f.IsPublic ? "public" : f.IsFamilyOrAssembly ? "protected internal" : "protected";

        private static string Access(Type t) => t.IsPublic || t.IsNestedPublic ? "public" : "protected";

        private static string TypeKind(Type t) =>
            t.IsEnum ? "enum" : t.IsValueType ? "struct" : t.IsInterface ? "interface" : typeof(Delegate).IsAssignableFrom(t) ? "delegate"
            : t.IsAbstract && t.IsSealed ? "static class" : t.IsAbstract ? "abstract class" : t.IsSealed ? "sealed class" : "class";

        private static string Bases(Type t)
        {
            var bases = new List<string>();
            if (t.BaseType != null && t.BaseType != typeof(ValueType)) bases.Add(TypeName(t.BaseType));
            // Only interfaces the type adds: those of its base class are implied by the base.
            var inherited = t.BaseType?.GetInterfaces() ?? Type.EmptyTypes;
            bases.AddRange(t.GetInterfaces().Except(inherited).Select(TypeName).OrderBy(n => n, StringComparer.Ordinal));
            return bases.Count == 0 ? "" : " : " + string.Join(", ", bases);
        }

        private static string AttributeUsage(Type t)
        {
            var usage = t.GetCustomAttribute<AttributeUsageAttribute>(inherit: false);
            return usage == null ? "" : " [AttributeUsage(" + usage.ValidOn + ", AllowMultiple=" + usage.AllowMultiple + ", Inherited=" + usage.Inherited + ")]";
        }

        private static string TypeName(Type t)
        {
            if (t.IsByRef) return "ref " + TypeName(t.GetElementType()!);
            if (t.IsArray) return TypeName(t.GetElementType()!) + "[" + new string(',', t.GetArrayRank() - 1) + "]";
            if (t.IsGenericParameter) return t.Name;
            if (!t.IsGenericType) return t.FullName ?? t.Name;
            var definition = t.GetGenericTypeDefinition().FullName!;
            var text = new StringBuilder(definition.Substring(0, definition.IndexOf('`')));
            return text.Append('<').Append(string.Join(", ", t.GetGenericArguments().Select(TypeName))).Append('>').ToString();
        }
    }
}
