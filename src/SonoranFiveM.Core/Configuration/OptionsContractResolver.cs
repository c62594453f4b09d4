using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace SonoranFiveM.Core.Configuration
{
    /// <summary>
    /// How Newtonsoft sees the options types: camelCase keys, settable properties only, and a map or list in
    /// config.json replacing the default rather than adding to it.
    /// </summary>
    internal sealed class OptionsContractResolver : DefaultContractResolver
    {
        public static readonly OptionsContractResolver Instance = new OptionsContractResolver();

        private OptionsContractResolver()
        {
            NamingStrategy = new CamelCaseNamingStrategy();
        }

        protected override IList<JsonProperty> CreateProperties(System.Type type, MemberSerialization memberSerialization) =>
            base.CreateProperties(type, memberSerialization).Where(p => p.Writable).ToList();

        protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
        {
            var property = base.CreateProperty(member, memberSerialization);
            var kind = OptionProperty.KindOf(property.PropertyType!);
            if (kind == OptionKind.Map || kind == OptionKind.List)
            {
                property.ObjectCreationHandling = ObjectCreationHandling.Replace;
                property.ValueProvider = new RefillingValueProvider(property.ValueProvider!);
            }

            return property;
        }

        /// <summary>
        /// Sets a map or list by refilling the existing instance, which keeps the default's key comparer (e.g.
        /// case-insensitive status names). A null entry, already reported by the binder, is left out.
        /// </summary>
        private sealed class RefillingValueProvider : IValueProvider
        {
            private readonly IValueProvider _inner;

            public RefillingValueProvider(IValueProvider inner) => _inner = inner;

            public object? GetValue(object target) => _inner.GetValue(target);

            public void SetValue(object target, object? value)
            {
                switch (_inner.GetValue(target))
                {
                    case IDictionary map when value is IDictionary entries:
                        map.Clear();
                        foreach (DictionaryEntry entry in entries)
                        {
                            if (entry.Value != null)
                            {
                                map[entry.Key] = entry.Value;
                            }
                        }

                        break;
                    case IList list when value is IList items:
                        list.Clear();
                        foreach (var item in items)
                        {
                            if (item != null)
                            {
                                list.Add(item);
                            }
                        }

                        break;
                }
            }
        }
    }
}
