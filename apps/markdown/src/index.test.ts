/** Pins the public export list: adding or removing an export is a deliberate change to this test. */
import { expect, it } from "vitest";
import * as markdown from "./index.js";

it("exports exactly the public surface", () => {
  expect(Object.keys(markdown).sort()).toEqual([
    "DEFAULT_OUTLINE",
    "DIAGRAM_PLAN",
    "ExportInterruptedError",
    "ExportIoError",
    "NOTE_FORMATS",
    "OverwriteRefusedError",
    "exitCodeFor",
    "exportNotes",
    "exportScope",
    "homeSections",
    "loadGraph",
    "loadOutline",
    "markerComment",
    "nodeFileSystem",
    "planChanges",
    "postFileName",
    "readConfig",
    "readMarker",
    "regenerateNotes",
    "renderNotes",
    "renderPost",
    "renderVault",
    "runCli",
    "writeFileAtomic",
    "writeNotes",
  ]);
});
