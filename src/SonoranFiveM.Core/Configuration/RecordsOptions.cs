using System;
using System.Collections.Generic;

namespace SonoranFiveM.Core.Configuration
{
    /// <summary>Temporary records (<c>records.*</c>).</summary>
    public sealed class RecordsOptions
    {
        /// <summary>Template name → template. Default none.</summary>
        public Dictionary<string, RecordTemplateOptions> Templates { get; set; } =
            new Dictionary<string, RecordTemplateOptions>(StringComparer.Ordinal);

        /// <summary>Chat commands that create records from templates. Default none.</summary>
        public List<RecordCommandOptions> Commands { get; set; } = new List<RecordCommandOptions>();

        /// <summary>A template also filled for every 911 call (a log entry). Default empty: off.</summary>
        public string Log911Template { get; set; } = "";

        /// <summary>The longest lifetime any record may ask for, in minutes. Default 1440 (one day).</summary>
        [Bounds(1, "use a whole number of minutes ≥ 1")]
        public int MaxMinutes { get; set; } = 1440;
    }
}
