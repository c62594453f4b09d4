using CitizenFX.Core;

namespace FxServerDouble
{
    /// <summary>A ped or vehicle in the simulated world.</summary>
    public sealed class SimEntity
    {
        internal SimEntity(int handle, int model, bool isVehicle, Vector3 position, float heading)
        {
            Handle = handle;
            Model = model;
            IsVehicle = isVehicle;
            Position = position;
            Heading = heading;
        }

        public int Handle { get; }

        /// <summary>The model hash as the native returns it (a signed int).</summary>
        public int Model { get; }

        public bool IsVehicle { get; }

        public Vector3 Position { get; internal set; }

        /// <summary>Degrees, GTA style: 0 north, counter-clockwise.</summary>
        public float Heading { get; internal set; }
    }
}
