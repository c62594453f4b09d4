using System.Collections.Generic;
using SonoranFiveM.Core.Cad.Models;
using SonoranFiveM.Core.Http;

namespace SonoranFiveM.Core.Cad.V2
{
    /// <summary>
    /// Unit-location updates written straight to UTF-8 (no intermediate JSON tree, no intermediate text), for the HTTP
    /// batch body <c>{"updates":[…]}</c> and the hub's <c>unitLocation</c> argument <c>[…]</c>. Each update is
    /// <c>{communityUserId, location, coordinates:{x,y,z,w}, vehicle?:{model, headingOffset}}</c>; <c>vehicle</c> is left
    /// out on foot or for an unknown model.
    /// </summary>
    public static class UnitLocationJson
    {
        // About what one update takes, so the pooled buffer rarely grows.
        private const int BytesPerUpdate = 192;

        /// <summary>The v2 HTTP body, in a pooled buffer that the body's owner disposes after the send.</summary>
        public static RequestBody Body(IReadOnlyList<UnitLocation> updates, float headingOffset)
        {
            using (var json = new Utf8JsonBuilder(16 + updates.Count * BytesPerUpdate))
            {
                json.Raw("{\"updates\":");
                WriteArray(json, updates, headingOffset);
                json.Raw("}");
                return json.ToBody();
            }
        }

        /// <summary>The hub's <c>unitLocation</c> argument: the bare array, as text for the hub script.</summary>
        public static string Array(IReadOnlyList<UnitLocation> updates, float headingOffset)
        {
            using (var json = new Utf8JsonBuilder(2 + updates.Count * BytesPerUpdate))
            {
                WriteArray(json, updates, headingOffset);
                return json.ToText();
            }
        }

        private static void WriteArray(Utf8JsonBuilder json, IReadOnlyList<UnitLocation> updates, float headingOffset)
        {
            json.Raw("[");
            for (var i = 0; i < updates.Count; i++)
            {
                var update = updates[i];
                json.Raw(i == 0 ? "{\"communityUserId\":" : ",{\"communityUserId\":").String(update.CommunityUserId)
                    .Raw(",\"location\":").String(update.Location)
                    .Raw(",\"coordinates\":{\"x\":").Float(update.X)
                    .Raw(",\"y\":").Float(update.Y)
                    .Raw(",\"z\":").Float(update.Z)
                    .Raw(",\"w\":").Float(update.Heading)
                    .Raw("}");
                if (!string.IsNullOrEmpty(update.VehicleModel))
                {
                    json.Raw(",\"vehicle\":{\"model\":").String(update.VehicleModel)
                        .Raw(",\"headingOffset\":").Float(headingOffset)
                        .Raw("}");
                }

                json.Raw("}");
            }

            json.Raw("]");
        }
    }
}
