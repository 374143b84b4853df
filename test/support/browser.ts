import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { projectRoot } from '../../server/config/project-root.ts';

/** System Chromiums, tried in this order after CHROMIUM_PATH. */
const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * The Chromium the browser tests drive: CHROMIUM_PATH if set (it must exist), else a system Chromium (Debian's
 * /usr/bin/chromium, …), else the headless Chromium shipped inside the npm package @sparticuz/chromium (a
 * dev dependency, so `npm install` is all a fresh machine needs; no browser download).
 */
export async function chromiumPath(): Promise<string> {
  const override = process.env.CHROMIUM_PATH;
  if (override !== undefined && override !== '') {
    if (!fs.existsSync(override)) throw new Error(`CHROMIUM_PATH=${override} does not exist.`);
    return override;
  }
  const system = SYSTEM_CHROMIUMS.find((c) => fs.existsSync(c));
  return system ?? packagedChromium();
}

let unpacking: Promise<string> | undefined;

/**
 * The package keeps its Chromium brotli-compressed (bin/chromium.br). Its own `executablePath()` unpacks to a
 * fixed /tmp/chromium and reuses whatever file is there, even one left half-written by an interrupted run or by
 * another version of the package; so it is unpacked here instead, once per package version, into
 * node_modules/.cache (removed with node_modules), through a temporary file renamed into place only when
 * complete. It needs only libnss3, libnspr4 and libexpat1 from the system, which the machine image has.
 */
function packagedChromium(): Promise<string> {
  unpacking ??= unpackPackagedChromium().catch((error: unknown) => {
    unpacking = undefined;
    throw error;
  });
  return unpacking;
}

async function unpackPackagedChromium(): Promise<string> {
  const require = createRequire(import.meta.url);
  let entry: string;
  try {
    entry = require.resolve('@sparticuz/chromium');
  } catch {
    throw new Error(
      'No Chromium: none at CHROMIUM_PATH or /usr/bin/chromium, and the dev dependency @sparticuz/chromium is ' +
        'not installed (run `npm install`).',
    );
  }
  const packageDir = path.resolve(path.dirname(entry), '..');
  const { version } = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  const compressed = path.join(packageDir, 'bin', 'chromium.br');
  if (!fs.existsSync(compressed)) {
    throw new Error(`@sparticuz/chromium@${version} has no bin/chromium.br: its layout changed.`);
  }
  const dir = path.join(projectRoot, 'node_modules', '.cache', 'integration-atlas', `chromium-${version}`);
  const executable = path.join(dir, 'chromium');
  if (fs.existsSync(executable)) return executable;
  fs.mkdirSync(dir, { recursive: true });
  const partial = `${executable}.${process.pid}.partial`;
  try {
    await pipeline(
      fs.createReadStream(compressed),
      createBrotliDecompress({ chunkSize: 2 ** 21 }),
      fs.createWriteStream(partial, { mode: 0o755 }),
    );
    fs.renameSync(partial, executable);
  } finally {
    fs.rmSync(partial, { force: true });
  }
  return executable;
}

/**
 * Headless Chromium with the flags this machine needs: no sandbox (the tests run as root), and no background
 * network (the closed network refuses Chromium's own connections, slowly).
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: await chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Where screenshots go (git-ignored; CI keeps them as artifacts). */
export function screenshotPath(name: string): string {
  const dir = path.join(projectRoot, 'test-results', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
}
