/** Public surface of @kubenotes/markdown. Re-exports only. */
export { DEFAULT_OUTLINE, type ExporterConfig, readConfig } from "./config.js";
export {
  ExportInterruptedError,
  ExportIoError,
  exitCodeFor,
  OverwriteRefusedError,
} from "./errors.js";
export { type ExportOptions, exportNotes } from "./export-notes.js";
export { type GeneratedFile, NOTE_FORMATS, type NoteFormat } from "./generated-file.js";
export { loadGraph, loadOutline } from "./load-inputs.js";
export { exportScope, markerComment, readMarker } from "./marker.js";
export { DIAGRAM_PLAN, type PlannedDiagram } from "./post/diagram-plan.js";
export { homeSections } from "./post/home-sections.js";
export { postFileName } from "./post/post-file-name.js";
export { renderPost } from "./post/render-post.js";
export { type NotesSetReport, type RegenerateOptions, regenerateNotes } from "./regenerate-notes.js";
export { type RenderedNotes, renderNotes } from "./render-notes.js";
export { type CliIo, runCli } from "./run-cli.js";
export { renderVault } from "./vault/render-vault.js";
export { type FileSystem, nodeFileSystem } from "./write/file-system.js";
export { type ChangePlan, type FileChange, planChanges } from "./write/plan-changes.js";
export { writeFileAtomic } from "./write/write-file-atomic.js";
export { type WriteOptions, type WriteReport, writeNotes } from "./write/write-notes.js";
