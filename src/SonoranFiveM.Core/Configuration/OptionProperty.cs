using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace SonoranFiveM.Core.Configuration
{
    internal enum OptionKind
    {
        Scalar,
        Section,
        Map,
        List,
    }

    /// <summary>One settable option property of an options class, as the loader sees it.</summary>
    internal sealed class OptionProperty
    {
        private static readonly ConcurrentDictionary<Type, IReadOnlyList<OptionProperty>> Cache =
            new ConcurrentDictionary<Type, IReadOnlyList<OptionProperty>>();

        private OptionProperty(PropertyInfo property)
        {
            Property = property;
            Key = char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1);
            IsSecret = property.GetCustomAttribute<SecretAttribute>() != null;
            Kind = KindOf(property.PropertyType);
            if (Kind == OptionKind.Map || Kind == OptionKind.List)
            {
                ElementType = property.PropertyType.GetGenericArguments().Last();
            }
        }

        public PropertyInfo Property { get; }

        /// <summary>The camelCase JSON key.</summary>
        public string Key { get; }

        public bool IsSecret { get; }

        public OptionKind Kind { get; }

        /// <summary>The value type of a map or the item type of a list.</summary>
        public Type? ElementType { get; }

        public Type Type => Property.PropertyType;

        public static IReadOnlyList<OptionProperty> Of(Type type) =>
            Cache.GetOrAdd(type, t => t
                .GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanRead && p.CanWrite && p.GetSetMethod() != null)
                .Select(p => new OptionProperty(p))
                .ToList());

        public static bool IsSectionType(Type type) =>
            type.IsClass && type != typeof(string) && !type.IsGenericType && type.Namespace == typeof(SonoranOptions).Namespace;

        private static OptionKind KindOf(Type type)
        {
            if (IsSectionType(type))
            {
                return OptionKind.Section;
            }

            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
            {
                return OptionKind.Map;
            }

            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
            {
                return OptionKind.List;
            }

            return OptionKind.Scalar;
        }
    }
}
