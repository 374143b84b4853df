import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './project-root.ts';

const pkg = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
  version: string;
};

export const ATLAS_VERSION: string = pkg.version;
