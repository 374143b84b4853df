// Pure part of `build-if-stale.ts`: what a build stamp holds and whether client/dist is still the build of the
// current inputs. No file system here, so the decision is unit-tested (test/unit/client/build-stamp.test.ts).

/** Written into client/dist after a build succeeded; absent (or invalid) means "build". */
export interface BuildStamp {
  readonly format: typeof STAMP_FORMAT;
  /** Every input the build read, by path relative to the repository root, with its SHA-256. */
  readonly inputs: Readonly<Record<string, string>>;
  /** Every file the build wrote into client/dist (relative to it) with its size in bytes. */
  readonly outputs: Readonly<Record<string, number>>;
}

export const STAMP_FORMAT = 1;

export type Freshness = { readonly fresh: true } | { readonly fresh: false; readonly reason: string };

/** How many changed files a reason names before it says "and N more". */
const NAMED = 3;

/**
 * Whether the build recorded in `stamp` is still good: the same inputs with the same hashes (none added, none
 * removed) and every output file still there with its size. `stamp` is whatever the stamp file held (parsed
 * JSON, or undefined when there is none).
 */
export function freshness(
  stamp: unknown,
  inputs: Readonly<Record<string, string>>,
  outputs: Readonly<Record<string, number>>,
): Freshness {
  if (stamp === undefined)
    return { fresh: false, reason: 'no build stamp (never built, or the last build did not finish)' };
  if (!isBuildStamp(stamp)) return { fresh: false, reason: 'the build stamp is not valid' };

  const changed = differences(stamp.inputs, inputs);
  if (changed.length > 0) return { fresh: false, reason: `changed: ${named(changed)}` };

  if (Object.keys(stamp.outputs).length === 0)
    return { fresh: false, reason: 'the build stamp lists no output' };
  const damaged = Object.entries(stamp.outputs)
    .filter(([file, size]) => outputs[file] !== size)
    .map(([file]) => `client/dist/${file}`);
  if (damaged.length > 0) return { fresh: false, reason: `missing or altered output: ${named(damaged)}` };
  return { fresh: true };
}

/** Paths added, removed or with another hash, sorted. */
export function differences(
  before: Readonly<Record<string, string>>,
  now: Readonly<Record<string, string>>,
): string[] {
  const paths = new Set([...Object.keys(before), ...Object.keys(now)]);
  return [...paths].filter((p) => before[p] !== now[p]).sort();
}

export function isBuildStamp(value: unknown): value is BuildStamp {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.format === STAMP_FORMAT &&
    isRecordOf(v.inputs, (h) => typeof h === 'string') &&
    isRecordOf(v.outputs, (s) => typeof s === 'number')
  );
}

function isRecordOf(value: unknown, check: (v: unknown) => boolean): boolean {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(check)
  );
}

function named(paths: readonly string[]): string {
  const shown = paths.slice(0, NAMED).join(', ');
  return paths.length > NAMED ? `${shown} and ${paths.length - NAMED} more` : shown;
}
