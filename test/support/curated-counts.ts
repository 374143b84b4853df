import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../server/config/project-root.ts';

/** The "Counts" table of seed/README.md, as item → count, so tests keep the README true. */
export function readmeCounts(): Map<string, number> {
  const text = fs.readFileSync(path.join(projectRoot, 'seed', 'README.md'), 'utf8');
  const section = text.split(/^## Counts\s*$/m)[1];
  if (!section) throw new Error('seed/README.md has no "## Counts" section');
  const counts = new Map<string, number>();
  for (const match of section.matchAll(/^\|\s*([^|]+?)\s*\|\s*(\d+)\s*\|\s*$/gm)) {
    counts.set(match[1]!, Number(match[2]));
  }
  return counts;
}
