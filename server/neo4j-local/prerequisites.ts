import { spawnSync } from 'node:child_process';
import { AppError } from '../errors/app-error.ts';
import { ErrorCode } from '../errors/error-codes.ts';

const HINT = 'or set NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD) to use a Neo4j server you already have';

/** Java 17+ runs the launcher; Maven fetches the jars once. Both are checked before anything starts. */
export function checkJava(): number {
  const run = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) {
    throw new AppError(
      ErrorCode.PREREQUISITE_MISSING,
      `Java was not found. Install a JDK 17 or newer (Debian: apt-get install openjdk-17-jdk-headless), ${HINT}.`,
    );
  }
  const major = parseJavaMajor(`${run.stderr}${run.stdout}`);
  if (major !== undefined && major < 17) {
    throw new AppError(
      ErrorCode.PREREQUISITE_MISSING,
      `Java ${major} was found, but Neo4j 5.26 needs Java 17 or newer. Install JDK 17+, ${HINT}.`,
    );
  }
  return major ?? 17;
}

export function checkMaven(): void {
  const run = spawnSync('mvn', ['--version'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) {
    throw new AppError(
      ErrorCode.PREREQUISITE_MISSING,
      `Maven (mvn) was not found; it downloads Neo4j from Maven Central once. Install it (Debian: apt-get install maven), ${HINT}.`,
    );
  }
}

/** `java -version` prints e.g. `openjdk version "17.0.15"` or, for old JDKs, `"1.8.0_392"`. */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match?.[1]) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}
