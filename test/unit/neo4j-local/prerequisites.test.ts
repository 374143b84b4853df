import { describe, expect, it } from 'vitest';
import { parseJavaMajor } from '../../../server/neo4j-local/prerequisites.ts';
import { jvmArguments } from '../../../server/neo4j-local/jvm-arguments.ts';

describe('parseJavaMajor', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_392"', 8],
    ['no version here', undefined],
  ])('%s → %s', (output, major) => {
    expect(parseJavaMajor(output)).toBe(major);
  });
});

describe('jvmArguments', () => {
  it('caps the heap and opens java.nio, which Neo4j 5 needs on Java 17', () => {
    const args = jvmArguments('2g');
    expect(args).toContain('-Xmx2g');
    expect(args).toContain('--add-opens=java.base/java.nio=ALL-UNNAMED');
  });
});
