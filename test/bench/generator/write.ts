// Serialises a document the same way every time: sections in the format's order, one record per line (a diff or an
// import error's line number points at one record), keys in the order the generator wrote them, UTF-8, final newline.
import fs from 'node:fs';
import path from 'node:path';
import { SECTION_NAMES, type AtlasDocumentInput } from '../../../server/domain/atlas-document.ts';

export function serialise(doc: AtlasDocumentInput): string {
  const parts = [`  "format": ${JSON.stringify(doc.format)}`];
  for (const section of SECTION_NAMES) {
    const records = doc[section] as readonly unknown[] | undefined;
    if (!records) continue;
    const body = records.map((record) => `    ${JSON.stringify(record)}`).join(',\n');
    parts.push(records.length === 0 ? `  "${section}": []` : `  "${section}": [\n${body}\n  ]`);
  }
  return `{\n${parts.join(',\n')}\n}\n`;
}

export function writeDocument(doc: AtlasDocumentInput, file: string): number {
  const text = serialise(doc);
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.writeFileSync(file, text, 'utf8');
  return Buffer.byteLength(text, 'utf8');
}
