using System;
using System.Collections;
using System.Collections.Generic;
using System.Dynamic;
using System.Reflection;
using CitizenFX.Core;

namespace FxServerDouble
{
    /// <summary>
    /// What a value looks like after crossing FXServer's msgpack boundary (events, exports, client events): integers become
    /// long, other numbers double, maps and objects <see cref="ExpandoObject"/>, arrays <see cref="List{T}"/> of object.
    /// </summary>
    public static class LuaValues
    {
        public static object[] PackAll(object[] values)
        {
            if (values == null) return Array.Empty<object>();
            var packed = new object[values.Length];
            for (var i = 0; i < values.Length; i++) packed[i] = Pack(values[i]);
            return packed;
        }

        public static object Pack(object value)
        {
            switch (value)
            {
                case null: return null;
                case string s: return s;
                case bool b: return b;
                case Vector3 v: return v;
                case sbyte _: case byte _: case short _: case ushort _: case int _: case uint _: case long _:
                    return Convert.ToInt64(value);
                case ulong u: return (long)u;
                case float _: case double _: case decimal _:
                    return Convert.ToDouble(value);
                case Enum e: return Convert.ToInt64(e);
                case Delegate _: return null;
                case IEnumerable<KeyValuePair<string, object>> pairs:
                {
                    var table = new ExpandoObject();
                    IDictionary<string, object> fields = table;
                    foreach (var pair in pairs) fields[pair.Key] = Pack(pair.Value);
                    return table;
                }
                case IDictionary map:
                {
                    var table = new ExpandoObject();
                    IDictionary<string, object> fields = table;
                    foreach (DictionaryEntry pair in map) fields[Convert.ToString(pair.Key)] = Pack(pair.Value);
                    return table;
                }
                case IEnumerable items:
                {
                    var list = new List<object>();
                    foreach (var item in items) list.Add(Pack(item));
                    return list;
                }
                default:
                {
                    var table = new ExpandoObject();
                    IDictionary<string, object> fields = table;
                    foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
                    {
                        if (property.GetIndexParameters().Length == 0) fields[property.Name] = Pack(property.GetValue(value));
                    }

                    return table;
                }
            }
        }

        /// <summary>A Lua table with string keys: <c>Table("a", 1, "b", "x")</c>.</summary>
        public static ExpandoObject Table(params object[] keysAndValues)
        {
            var table = new ExpandoObject();
            IDictionary<string, object> fields = table;
            for (var i = 0; i + 1 < keysAndValues.Length; i += 2) fields[(string)keysAndValues[i]] = Pack(keysAndValues[i + 1]);
            return table;
        }
    }
}
