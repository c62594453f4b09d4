using FxServerDouble;

namespace SonoranFiveM.EngineScenarios
{
    /// <summary>Exports called by another resource with Lua-like arguments: tables, nil, numbers as long or double.</summary>
    public static class ExportScenarios
    {
        [Scenario]
        public static void Send911Call_from_another_resource_with_a_lua_table_reaches_the_cad(ScenarioContext ctx)
        {
            using (var h = new Harness(ctx))
            {
                h.Start();

                var id = h.Server.CallExport("Send911Call", "Bank Alarm", "Pacific Standard", "Silent alarm triggered", true,
                    LuaValues.Table("source", "bank-robbery", "vault", 2L, "reward", 1500.5));

                h.Expect(id is string s && s.Length > 0 && !s.StartsWith("error"), "Send911Call returned " + id);
                var call = h.WaitCad(st => Harness.Call(st, "Silent alarm triggered") != null, "the export's call in the CAD");
                var c = Harness.Call(call, "Silent alarm triggered");
                h.ExpectEqual("Bank Alarm", (string)c["caller"], "caller");
                h.ExpectEqual("Pacific Standard", (string)c["location"], "location");
                h.ExpectEqual("bank-robbery", (string)c["metaData"]?["source"], "metaData.source");
                h.WaitUntil(() => h.Server.ResourceEvents.Any(e => e.Key == "sonoran-fivem:callAccepted" && (string)e.Value[0] == (string)id), "sonoran-fivem:callAccepted for the export's call id");
            }
        }

        [Scenario]
        public static void Unit_status_and_panic_exports_take_names_numbers_and_booleans(ScenarioContext ctx)
        {
            using (var h = new Harness(ctx))
            {
                h.Cad.AddUnit("unit7", "Officer Seven");
                h.Start();

                h.ExpectEqual(string.Empty, h.Server.CallExport("SetUnitStatus", "unit7", "ENROUTE") as string, "SetUnitStatus by name");
                h.WaitCad(s => (int)Harness.Unit(s, "unit7")["status"] == 3, "status ENROUTE (3) in the CAD");
                // Lua numbers arrive as double: 4.0 is ON_SCENE.
                h.ExpectEqual(string.Empty, h.Server.CallExport("SetUnitStatus", "unit7", 4.0) as string, "SetUnitStatus by number");
                h.WaitCad(s => (int)Harness.Unit(s, "unit7")["status"] == 4, "status ON_SCENE (4) in the CAD");
                h.ExpectEqual(string.Empty, h.Server.CallExport("SetUnitPanic", "unit7", true) as string, "SetUnitPanic");
                h.WaitCad(s => (bool)Harness.Unit(s, "unit7")["isPanic"], "panic in the CAD");

                var error = h.Server.CallExport("SetUnitStatus", "unit7", "NAPPING") as string;
                h.Expect(error != null && error.StartsWith("error: unknown status 'NAPPING'"), "SetUnitStatus with an unknown name returned " + error);
            }
        }

        [Scenario]
        public static void Temporary_records_from_an_export_are_created_and_deleted(ScenarioContext ctx)
        {
            var setup = new HarnessSetup
            {
                Config = config => config["records"]["templates"] = JObject.FromObject(new Dictionary<string, object>
                {
                    ["bolo"] = new { recordTypeId = 3, fields = new Dictionary<string, string> { ["plate"] = "{arg1}", ["description"] = "{arg2}" }, defaultMinutes = 30 },
                }),
            };
            using (var h = new Harness(ctx, setup))
            {
                h.Start();

                // Lua: exports['sonoran-fivem']:CreateTemporaryRecord('bolo', { owner = 'unit9', args = { 'ABC123', 'stolen' } }, 45.0)
                var handle = h.Server.CallExport("CreateTemporaryRecord", "bolo",
                    LuaValues.Table("owner", "unit9", "args", new List<object> { "ABC123", "stolen" }), 45.0) as string;
                h.Expect(handle != null && !handle.StartsWith("error"), "CreateTemporaryRecord returned " + handle);
                h.WaitCad(s => s["records"].Any(), "the record in the CAD");

                h.Expect(true.Equals(h.Server.CallExport("DeleteTemporaryRecord", handle)), "DeleteTemporaryRecord of a known handle is not true");
                h.WaitCad(s => !s["records"].Any(), "the record deleted from the CAD");
            }
        }

        [Scenario]
        public static void Exports_called_with_nil_and_empty_tables_answer_without_throwing(ScenarioContext ctx)
        {
            using (var h = new Harness(ctx))
            {
                h.Start();

                h.ExpectEqual("error: caller and description are required", h.Server.CallExport("Send911Call", null, null, null, null, null) as string, "Send911Call(nil…)");
                var withEmptyTable = h.Server.CallExport("Send911Call", "Caller", null, "Empty metadata", false, new List<object>()) as string;
                h.Expect(withEmptyTable != null && !withEmptyTable.StartsWith("error"), "Send911Call with {} metadata returned " + withEmptyTable);
                h.Expect(((string)h.Server.CallExport("CreateTemporaryRecord", null, null, null)).StartsWith("error: "), "CreateTemporaryRecord(nil…) is not an error");
                h.Expect(false.Equals(h.Server.CallExport("DeleteTemporaryRecord", (object)null)), "DeleteTemporaryRecord(nil) is not false");
                h.Expect(((string)h.Server.CallExport("GetStatus")).Contains("Sonoran CAD"), "GetStatus has no status lines");
                h.WaitCad(s => Harness.Call(s, "Empty metadata") != null, "the call with empty metadata in the CAD");
            }
        }
    }
}
