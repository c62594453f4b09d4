using System;
using System.Collections.Generic;

namespace SonoranFiveM.Core.Configuration
{
    /// <summary>One temporary record template (<c>records.templates.&lt;name&gt;</c>).</summary>
    public sealed class RecordTemplateOptions
    {
        /// <summary>The Sonoran record type (template) id to create. Required; no default.</summary>
        [Bounds(1, "use the id of the record template in Sonoran CAD, a whole number ≥ 1")]
        public int RecordTypeId { get; set; }

        /// <summary>
        /// Field uid → text. The text may hold placeholders such as <c>{caller}</c> or a record command's argument
        /// names, filled in when the record is created. Default empty.
        /// </summary>
        public Dictionary<string, string> Fields { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>Minutes until the record is deleted again, unless the caller gives its own. Default 30.</summary>
        public int DefaultMinutes { get; set; } = 30;

        /// <summary>Mirrors (<c>tines</c>, <c>quickblox</c>) that also receive this record. Default none.</summary>
        public List<string> Mirrors { get; set; } = new List<string>();
    }
}
