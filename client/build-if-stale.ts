// Builds the client into client/dist only when what the build reads has changed since the last successful build
// (`npm start`, `npm run test:browser`); `--force` builds regardless (`npm run build:client`).
//
// The build's inputs: every file under client/ but dist/, the lock files (package-lock.json and npm's record of
// what node_modules holds, node_modules/.package-lock.json), tsconfig.json (esbuild reads it) and package.json
// without its scripts. After a successful build their hashes and the list of output files go into
// client/dist/.build-stamp.json; the stamp is deleted before a build starts, so a failed or interrupted build
// leaves none and the next run builds again.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freshness, STAMP_FORMAT, type BuildStamp } from './build-stamp.ts';

const clientDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(clientDir);
const distDir = path.join(clientDir, 'dist');
const stampFile = path.join(distDir, '.build-stamp.json');

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Files under `dir`, relative to `base`, with `/` separators; skips the folders named in `skip`. */
function listFiles(dir: string, base: string, skip: ReadonlySet<string> = new Set()): string[] {
  if (!fs.existsSync(dir)) return [];
  const files: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skip.has(full)) files.push(...listFiles(full, base, skip));
    } else if (entry.isFile()) {
      files.push(path.relative(base, full).split(path.sep).join('/'));
    }
  }
  return files;
}

/** The build's inputs by path relative to the repository root, each with its SHA-256. */
export function hashInputs(): Record<string, string> {
  const inputs: Record<string, string> = {};
  const skip = new Set([distDir, path.join(clientDir, 'node_modules')]);
  const files = [
    ...listFiles(clientDir, root, skip),
    'package-lock.json',
    'node_modules/.package-lock.json',
    'tsconfig.json',
  ];
  for (const file of files) {
    const full = path.join(root, file);
    if (fs.existsSync(full)) inputs[file] = sha256(fs.readFileSync(full));
  }
  // Scripts change often and never reach the bundle; the rest (type, dependencies) can.
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
  delete pkg.scripts;
  inputs['package.json (without scripts)'] = sha256(JSON.stringify(pkg));
  return inputs;
}

/** The files in client/dist (but the stamp) with their sizes. */
function outputSizes(): Record<string, number> {
  const sizes: Record<string, number> = {};
  for (const file of listFiles(distDir, distDir)) {
    if (file !== path.basename(stampFile)) sizes[file] = fs.statSync(path.join(distDir, file)).size;
  }
  return sizes;
}

function readStamp(): unknown {
  try {
    return JSON.parse(fs.readFileSync(stampFile, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

async function build(reason: string): Promise<void> {
  console.log(`Building the client into client/dist (${reason}) …`);
  const started = performance.now();
  const inputs = hashInputs(); // before the build: a file edited during it makes the next run build again
  fs.rmSync(stampFile, { force: true });
  const vite = await import('vite');
  await vite.build({ configFile: path.join(clientDir, 'vite.config.ts') });
  const stamp: BuildStamp = { format: STAMP_FORMAT, inputs, outputs: outputSizes() };
  const partial = `${stampFile}.${process.pid}.partial`;
  fs.writeFileSync(partial, `${JSON.stringify(stamp, null, 2)}\n`);
  fs.renameSync(partial, stampFile);
  console.log(`Client built in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

async function main(argv: readonly string[]): Promise<void> {
  if (argv.includes('--force')) return build('--force');
  const state = freshness(readStamp(), hashInputs(), outputSizes());
  if (state.fresh) {
    console.log('The client in client/dist is up to date.');
    return;
  }
  return build(state.reason);
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : error);
      process.exit(1);
    },
  );
}
