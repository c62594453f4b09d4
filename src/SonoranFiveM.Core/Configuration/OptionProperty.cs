using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Serialization;

namespace SonoranFiveM.Core.Configuration
{
    internal enum OptionKind
    {
        Scalar,
        Section,
        Map,
        List,
    }

    /// <summary>One option property of an options class, as Newtonsoft's contract describes it.</summary>
    internal sealed class OptionProperty
    {
        private static readonly ConcurrentDictionary<Type, IReadOnlyList<OptionProperty>> Cache =
            new ConcurrentDictionary<Type, IReadOnlyList<OptionProperty>>();

        private readonly JsonProperty _json;

        private OptionProperty(JsonProperty json)
        {
            _json = json;
            IsSecret = json.AttributeProvider!.GetAttributes(typeof(SecretAttribute), true).Count > 0;
            Bounds = json.AttributeProvider.GetAttributes(typeof(BoundsAttribute), true).OfType<BoundsAttribute>().FirstOrDefault();
            Kind = KindOf(Type);
            ElementType = Kind == OptionKind.Map || Kind == OptionKind.List ? ElementOf(Type) : null;
        }

        /// <summary>The camelCase JSON key.</summary>
        public string Key => _json.PropertyName!;

        public Type Type => _json.PropertyType!;

        public bool IsSecret { get; }

        /// <summary>The range a number must fall in, when the option has one.</summary>
        public BoundsAttribute? Bounds { get; }

        public OptionKind Kind { get; }

        /// <summary>The value type of a map or the item type of a list.</summary>
        public Type? ElementType { get; }

        public object? GetValue(object section) => _json.ValueProvider!.GetValue(section);

        public void SetValue(object section, object? value) => _json.ValueProvider!.SetValue(section, value);

        public static IReadOnlyList<OptionProperty> Of(Type type) =>
            Cache.GetOrAdd(type, t => ((JsonObjectContract)OptionsContractResolver.Instance.ResolveContract(t)).Properties.Select(p => new OptionProperty(p)).ToList());

        public static bool IsSectionType(Type type) =>
            type.IsClass && type != typeof(string) && !type.IsGenericType && type.Namespace == typeof(SonoranOptions).Namespace;

        public static OptionKind KindOf(Type type) =>
            IsSectionType(type) ? OptionKind.Section
            : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>) ? OptionKind.Map
            : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) ? OptionKind.List
            : OptionKind.Scalar;

        public static Type ElementOf(Type collectionType) => collectionType.GetGenericArguments().Last();
    }
}
