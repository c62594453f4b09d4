using System;
using FxServerDouble;

namespace CitizenFX.Core
{
    public class ExportDictionary
    {
        private readonly FxServer _server;

        internal ExportDictionary(FxServer server)
        {
            _server = server;
        }

        /// <summary>Registers <c>__cfx_export_&lt;resource&gt;_&lt;name&gt;</c> (a native).</summary>
        public void Add(string name, Delegate method)
        {
            _server.Native("ExportDictionary.Add");
            _server.Exports[name] = method;
        }
    }
}
