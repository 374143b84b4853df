import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors/app-error.ts';
import { ErrorCode } from '../errors/error-codes.ts';
import { checkMaven } from './prerequisites.ts';

const COMPLETE_MARKER = '.complete';
// Maven 3.8's default dependency plugin predates copy-dependencies' current behaviour; pin a known one.
const DEPENDENCY_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy-dependencies';

export interface JarCache {
  readonly libDir: string;
  readonly downloaded: boolean;
  readonly seconds: number;
}

/** The jar folder for one Neo4j version inside the cache; fetched from Maven Central once, then reused. */
export async function ensureNeo4jJars(
  cacheDir: string,
  version: string,
  say: (line: string) => void,
): Promise<JarCache> {
  const versionDir = path.join(cacheDir, `neo4j-${version}`);
  const libDir = path.join(versionDir, 'lib');
  if (fs.existsSync(path.join(versionDir, COMPLETE_MARKER))) {
    return { libDir, downloaded: false, seconds: 0 };
  }
  checkMaven();
  const started = Date.now();
  // A half-finished earlier download is discarded, so the folder is either complete or absent.
  fs.rmSync(libDir, { recursive: true, force: true });
  fs.mkdirSync(versionDir, { recursive: true });
  const pom = path.join(versionDir, 'pom.xml');
  fs.writeFileSync(pom, pomFor(version));
  say(`Fetching Neo4j ${version} Community from Maven Central into ${libDir} (once; about 120 MB)…`);
  const progress = { files: 0, last: '' };
  const ticker = setInterval(() => {
    const last = progress.last ? ` (last: ${progress.last})` : '';
    say(`  … ${Math.round((Date.now() - started) / 1000)} s, ${progress.files} files downloaded${last}`);
  }, 10_000);
  try {
    await runMaven(pom, libDir, (file) => {
      progress.files += 1;
      progress.last = file;
    });
  } finally {
    clearInterval(ticker);
  }
  fs.writeFileSync(path.join(versionDir, COMPLETE_MARKER), new Date().toISOString());
  const seconds = (Date.now() - started) / 1000;
  say(`Fetched ${countJars(libDir)} jars (${megabytes(libDir)} MB) in ${seconds.toFixed(1)} s.`);
  return { libDir, downloaded: true, seconds };
}

/** Maven downloads into its own repository first and copies at the end, so progress is read from its log. */
function runMaven(pom: string, libDir: string, onDownloaded: (file: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const args = [
      '-B',
      '-f',
      pom,
      DEPENDENCY_PLUGIN,
      `-DoutputDirectory=${libDir}`,
      '-DincludeScope=runtime',
    ];
    const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => {
      const text = d.toString();
      output = (output + text).slice(-20_000);
      for (const match of text.matchAll(/Downloaded from [^:]+: \S+\/([^/\s]+)/g)) onDownloaded(match[1]!);
    });
    child.stderr.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20_000)));
    child.on('error', (err) =>
      reject(new AppError(ErrorCode.PREREQUISITE_MISSING, `Could not run mvn: ${err.message}`)),
    );
    child.on('exit', (code) => {
      if (code === 0) return resolve();
      reject(
        new AppError(
          ErrorCode.LOCAL_NEO4J_FAILED,
          `Maven could not fetch Neo4j (exit ${code}). Is Maven Central reachable? Last output:\n${output.slice(-2000)}`,
        ),
      );
    });
  });
}

function pomFor(version: string): string {
  return `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.integration-atlas</groupId>
  <artifactId>neo4j-runtime</artifactId>
  <version>1</version>
  <dependencies>
    <dependency><groupId>org.neo4j</groupId><artifactId>neo4j</artifactId><version>${version}</version></dependency>
  </dependencies>
</project>
`;
}

function countJars(dir: string): number {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.jar')).length : 0;
}

function megabytes(dir: string): number {
  const bytes = fs.readdirSync(dir).reduce((sum, f) => sum + fs.statSync(path.join(dir, f)).size, 0);
  return Math.round(bytes / 1_048_576);
}
