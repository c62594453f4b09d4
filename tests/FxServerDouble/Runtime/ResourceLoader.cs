using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using CitizenFX.Core;

namespace FxServerDouble
{
    /// <summary>
    /// Loads a resource's assemblies as FXServer's MonoScriptRuntime does: <c>Assembly.Load(bytes)</c> of the <c>.net.dll</c>,
    /// dependencies resolved by simple name from the resource folder (one copy per name), then every non-abstract
    /// <see cref="BaseScript"/> subclass with a public parameterless constructor is instantiated.
    /// </summary>
    internal sealed class ResourceLoader : IDisposable
    {
        private readonly string _folder;
        private readonly Dictionary<string, Assembly> _loaded = new Dictionary<string, Assembly>(StringComparer.OrdinalIgnoreCase);

        public ResourceLoader(string folder)
        {
            _folder = folder;
            AppDomain.CurrentDomain.AssemblyResolve += Resolve;
        }

        public Assembly LoadEntry(string fileName) => Assembly.Load(File.ReadAllBytes(Path.Combine(_folder, fileName)));

        public static IEnumerable<Type> ScriptTypes(Assembly assembly) =>
            assembly.GetTypes().Where(t => !t.IsAbstract && typeof(BaseScript).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) != null);

        private Assembly Resolve(object sender, ResolveEventArgs args)
        {
            var name = args.Name.Split(',')[0];
            lock (_loaded)
            {
                if (_loaded.TryGetValue(name, out var known)) return known;
                var path = Path.Combine(_folder, name + ".dll");
                if (!File.Exists(path)) return null;
                var assembly = Assembly.Load(File.ReadAllBytes(path));
                _loaded[name] = assembly;
                return assembly;
            }
        }

        public void Dispose() => AppDomain.CurrentDomain.AssemblyResolve -= Resolve;
    }
}
