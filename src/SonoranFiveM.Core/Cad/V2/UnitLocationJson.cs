using System.Collections.Generic;
using Newtonsoft.Json;
using SonoranFiveM.Core.Cad.Models;

namespace SonoranFiveM.Core.Cad.V2
{
    /// <summary>
    /// Unit-location updates written straight to text (no intermediate JSON tree), for the HTTP batch body
    /// <c>{"updates":[…]}</c> and the hub's <c>unitLocation</c> argument <c>[…]</c>. Each update is
    /// <c>{communityUserId, location, coordinates:{x,y,z,w}, vehicle?:{model, headingOffset}}</c>; <c>vehicle</c> is left
    /// out on foot or for an unknown model.
    /// </summary>
    public static class UnitLocationJson
    {
        // About what one update takes (characters), so the rented buffer rarely grows.
        private const int BytesPerUpdate = 160;

        /// <summary>The v2 HTTP body.</summary>
        public static string Body(IReadOnlyList<UnitLocation> updates, float headingOffset)
        {
            using (var text = new PooledTextWriter(16 + updates.Count * BytesPerUpdate))
            {
                using (var writer = new JsonTextWriter(text) { Formatting = Formatting.None, CloseOutput = false })
                {
                    writer.WriteStartObject();
                    writer.WritePropertyName("updates");
                    WriteArray(writer, updates, headingOffset);
                    writer.WriteEndObject();
                }

                return text.ToString();
            }
        }

        /// <summary>The hub's <c>unitLocation</c> argument: the bare array.</summary>
        public static string Array(IReadOnlyList<UnitLocation> updates, float headingOffset)
        {
            using (var text = new PooledTextWriter(2 + updates.Count * BytesPerUpdate))
            {
                using (var writer = new JsonTextWriter(text) { Formatting = Formatting.None, CloseOutput = false })
                {
                    WriteArray(writer, updates, headingOffset);
                }

                return text.ToString();
            }
        }

        private static void WriteArray(JsonWriter writer, IReadOnlyList<UnitLocation> updates, float headingOffset)
        {
            writer.WriteStartArray();
            for (var i = 0; i < updates.Count; i++)
            {
                var update = updates[i];
                writer.WriteStartObject();
                writer.WritePropertyName("communityUserId");
                writer.WriteValue(update.CommunityUserId);
                writer.WritePropertyName("location");
                writer.WriteValue(update.Location);
                writer.WritePropertyName("coordinates");
                writer.WriteStartObject();
                writer.WritePropertyName("x");
                writer.WriteValue(update.X);
                writer.WritePropertyName("y");
                writer.WriteValue(update.Y);
                writer.WritePropertyName("z");
                writer.WriteValue(update.Z);
                writer.WritePropertyName("w");
                writer.WriteValue(update.Heading);
                writer.WriteEndObject();
                if (!string.IsNullOrEmpty(update.VehicleModel))
                {
                    writer.WritePropertyName("vehicle");
                    writer.WriteStartObject();
                    writer.WritePropertyName("model");
                    writer.WriteValue(update.VehicleModel);
                    writer.WritePropertyName("headingOffset");
                    writer.WriteValue(headingOffset);
                    writer.WriteEndObject();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }
    }
}
