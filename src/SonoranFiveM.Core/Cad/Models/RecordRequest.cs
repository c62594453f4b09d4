using System.Collections.Generic;
using Newtonsoft.Json.Linq;

namespace SonoranFiveM.Core.Cad.Models
{
    /// <summary>
    /// A record to create: either from a template (<see cref="RecordTypeId"/> + <see cref="ReplaceValues"/>,
    /// sent with <c>useDictionary: true</c>) or raw (<see cref="RawRecord"/>).
    /// </summary>
    public sealed class RecordRequest
    {
        private RecordRequest(string owner, int? recordTypeId, IReadOnlyDictionary<string, string>? replaceValues, JObject? rawRecord, int? deleteAfterMinutes)
        {
            Owner = owner;
            RecordTypeId = recordTypeId;
            ReplaceValues = replaceValues;
            RawRecord = rawRecord;
            DeleteAfterMinutes = deleteAfterMinutes;
        }

        public static RecordRequest FromTemplate(string owner, int recordTypeId, IReadOnlyDictionary<string, string> replaceValues, int? deleteAfterMinutes)
            => new RecordRequest(owner, recordTypeId, replaceValues, null, deleteAfterMinutes);

        public static RecordRequest Raw(string owner, JObject record, int? deleteAfterMinutes)
            => new RecordRequest(owner, null, null, record, deleteAfterMinutes);

        /// <summary>The communityUserId (v2) / API id (v1 <c>user</c>) that owns the record.</summary>
        public string Owner { get; }

        public int? RecordTypeId { get; }
        public IReadOnlyDictionary<string, string>? ReplaceValues { get; }
        public JObject? RawRecord { get; }
        public int? DeleteAfterMinutes { get; }

        public bool UsesDictionary => RawRecord == null;
    }
}
