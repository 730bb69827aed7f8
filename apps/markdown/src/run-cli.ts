/**
 * The `kubenotes-export` command: flags (commander), the export, a report on stdout, progress and errors on
 * stderr, and the exit code. Exit codes: 0 ok · 1 changes found by --check, refused overwrite, invalid
 * content or I/O error · 2 bad usage · 130 interrupted.
 */
import { LANGUAGES, type Language } from "@kubenotes/core";
import { Command, CommanderError, Option } from "commander";
import { readConfig } from "./config.js";
import { describeReport } from "./describe-report.js";
import { exitCodeFor, OverwriteRefusedError } from "./errors.js";
import { exportNotes } from "./export-notes.js";
import { NOTE_FORMATS, type NoteFormat } from "./generated-file.js";
import type { FileSystem } from "./write/file-system.js";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  signal?: AbortSignal;
  /** The write step's file operations (default: node:fs); only tests pass another, to simulate faults. */
  fileSystem?: FileSystem;
}

const EXAMPLES = `
Examples:
  npm run export -- --format post --out site/_posts               Korean Jekyll post
  npm run export -- --format post --lang en --out site/_posts     English post (file name ends in -en)
  npm run export -- --format vault --lang ko --out vault          Obsidian-style vault, one note per concept
  npm run export -- --format vault --out vault --check            exit 1 and list files that would change

Generated files carry a marker (a YAML comment on the front matter's first line). A file without it is
never overwritten unless --force is given. A second run writes nothing. New versions are staged beside
their files and swapped in only once all are written, so a full disk or a permission error changes no file.

Exit codes: 0 ok · 1 --check found changes, overwrite refused, invalid content or I/O error
            2 bad usage · 130 interrupted (no file was changed)`;

interface Flags {
  format: NoteFormat;
  lang: Language;
  out: string;
  content: string;
  outline: string;
  check?: boolean;
  force?: boolean;
  quiet?: boolean;
}

function program(io: CliIo): Command {
  const config = readConfig();
  return new Command("kubenotes-export")
    .description(
      "Regenerate study notes from the kubenotes knowledge graph: a Jekyll post or an Obsidian-style vault.",
    )
    .addOption(
      new Option("-f, --format <format>", "what to write (required)")
        .choices(NOTE_FORMATS)
        .makeOptionMandatory(),
    )
    .addOption(new Option("-l, --lang <lang>", "language of the text").choices(LANGUAGES).default("ko"))
    .requiredOption("-o, --out <dir>", "output folder, created when missing (required)")
    .option("--content <dir>", "content directory to export (env KUBENOTES_CONTENT)", config.contentDirectory)
    .option("--outline <file>", "note outline the post follows (post only)", config.outlinePath)
    .option("--check", "write nothing; exit 1 and list the files that would change")
    .option("--force", "overwrite files that kubenotes did not generate (no marker)")
    .option("-q, --quiet", "no progress messages on stderr")
    .helpOption("-h, --help", "show this help")
    .addHelpText("after", EXAMPLES)
    .showHelpAfterError("(run with --help for usage)")
    .allowExcessArguments(false)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
}

/** Runs the command; never calls process.exit. @returns the exit code */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const command = program(io);
  try {
    command.parse([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  const flags = command.opts<Flags>();
  const progress = flags.quiet ? undefined : (message: string) => io.stderr(`… ${message}\n`);
  try {
    const report = await exportNotes({
      format: flags.format,
      lang: flags.lang,
      out: flags.out,
      content: flags.content,
      outline: flags.outline,
      check: flags.check ?? false,
      force: flags.force ?? false,
      ...(io.signal ? { signal: io.signal } : {}),
      ...(io.fileSystem ? { fileSystem: io.fileSystem } : {}),
      ...(progress ? { onProgress: progress } : {}),
    });
    const { lines, changed } = describeReport(report, `${flags.format} (${flags.lang})`, flags.out);
    io.stdout(`${lines.join("\n")}\n`);
    return report.written || !changed ? 0 : 1;
  } catch (error) {
    io.stderr(`${(error as Error).message}\n`);
    if (error instanceof OverwriteRefusedError) io.stderr("nothing was written\n");
    return exitCodeFor(error);
  }
}
