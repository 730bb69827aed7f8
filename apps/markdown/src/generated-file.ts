/** A file the exporter produces: a path inside the output folder and its complete text. */
export interface GeneratedFile {
  /** Relative, `/`-separated path inside the output folder (`concepts/pod.md`). */
  path: string;
  content: string;
}

/** The two output shapes. */
export const NOTE_FORMATS = ["post", "vault"] as const;
export type NoteFormat = (typeof NOTE_FORMATS)[number];
