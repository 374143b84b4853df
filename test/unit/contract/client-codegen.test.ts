// The client's generated types are what `npm run codegen` would write now: a schema or operation change without
// regenerating fails here (and the type check then shows every place in the client that must follow).
import fs from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { codegenConfig, GENERATED_FILES } from '../../../client/codegen-config.ts';

describe('the client types generated from the schema', () => {
  it('are up to date (run `npm run codegen` after changing the schema or an operation)', async () => {
    const outputs = (await generate(codegenConfig, false)) as { filename: string; content: string }[];
    expect(outputs.map((o) => o.filename).sort()).toEqual(Object.values(GENERATED_FILES).sort());
    for (const output of outputs) {
      expect({ file: output.filename, content: fs.readFileSync(output.filename, 'utf8') }).toEqual({
        file: output.filename,
        content: output.content,
      });
    }
  });
});
