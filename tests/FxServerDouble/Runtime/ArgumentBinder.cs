using System;
using System.Globalization;
using System.Reflection;
using CitizenFX.Core;

namespace FxServerDouble
{
    /// <summary>
    /// Binds event and export arguments to a C# delegate as CitizenFX v1 does (<c>CallUtilities.GetPassArguments</c>): a
    /// <c>[FromSource]</c> parameter gets the source (a <see cref="Player"/> when it can take one, else the raw string); the
    /// others take the arguments in order: as-is when assignable, enums via Enum.ToObject, IConvertible via ChangeType,
    /// missing ones the default. A conversion that fails throws, and FXServer then removes the handler.
    /// </summary>
    internal static class ArgumentBinder
    {
        public static object Invoke(Delegate callback, string source, object[] args)
        {
            var parameters = callback.Method.GetParameters();
            var pass = new object[parameters.Length];
            var next = 0;
            for (var i = 0; i < parameters.Length; i++)
            {
                var type = parameters[i].ParameterType;
                if (parameters[i].IsDefined(typeof(FromSourceAttribute), false))
                {
                    pass[i] = string.IsNullOrEmpty(source) ? Default(type)
                        : type.IsAssignableFrom(typeof(Player)) ? new Player(source)
                        : System.Convert.ChangeType(source, type, CultureInfo.InvariantCulture);
                    continue;
                }

                pass[i] = next < args.Length ? ConvertArgument(args[next], type) : Default(type);
                next++;
            }

            try
            {
                return callback.DynamicInvoke(pass);
            }
            catch (TargetInvocationException ex) when (ex.InnerException != null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
                throw;
            }
        }

        private static object ConvertArgument(object value, Type type)
        {
            if (value == null) return Default(type);
            if (type.IsInstanceOfType(value)) return value;
            if (type.IsEnum) return Enum.ToObject(type, value);
            var target = Nullable.GetUnderlyingType(type) ?? type;
            if (value is IConvertible) return System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
            throw new InvalidCastException("cannot pass a " + value.GetType().Name + " as " + type.Name);
        }

        private static object Default(Type type) => type.IsValueType ? Activator.CreateInstance(type) : null;
    }
}
