import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { uploadedFiles, withUploadedFiles } from '../../../server/admin/import/uploaded-files.ts';
import { isAppError } from '../../../server/errors/app-error.ts';
import { importError } from '../../../server/errors/issues.ts';

function refusedNames(upload: Parameters<typeof uploadedFiles>[0]): string[] {
  try {
    uploadedFiles(upload);
  } catch (error) {
    if (isAppError(error)) return (error.details.issues as { file: string }[]).map((i) => i.file);
    throw error;
  }
  return [];
}

describe('uploaded import files', () => {
  it('takes the document as document.json, then the files', () => {
    expect(
      uploadedFiles({ document: '{}', files: [{ name: 'actors.csv', content: 'x' }] }).map((f) => f.name),
    ).toEqual(['document.json', 'actors.csv']);
  });

  it('refuses an empty upload, names with folders or other extensions, and a name given twice', () => {
    expect(refusedNames({})).toEqual(['input']);
    expect(
      refusedNames({
        files: [
          { name: '../etc/passwd.csv', content: '' },
          { name: '.hidden.csv', content: '' },
          { name: 'notes.txt', content: '' },
          { name: 'Actors.CSV', content: '' },
          { name: 'actors.csv', content: '' },
        ],
      }),
    ).toEqual(['../etc/passwd.csv', '.hidden.csv', 'notes.txt', 'actors.csv']);
  });

  it('writes the files to a temporary folder, reports issues by the given names, and removes the folder', async () => {
    let folder = '';
    const renamed = await withUploadedFiles([{ name: 'actors.csv', content: 'id\n' }], (paths, rename) => {
      folder = path.dirname(paths[0]!);
      expect(fs.readFileSync(paths[0]!, 'utf8')).toBe('id\n');
      const issue = importError('SYNTAX', { file: paths[0]!, line: 2 }, 'x', {
        other: { file: paths[0]!, line: 1 },
      });
      return Promise.resolve(rename(issue));
    });
    expect(renamed).toMatchObject({ file: 'actors.csv', line: 2, other: { file: 'actors.csv', line: 1 } });
    expect(fs.existsSync(folder)).toBe(false);
  });

  it('removes the folder also when the work fails', async () => {
    let folder = '';
    await expect(
      withUploadedFiles([{ name: 'a.json', content: '{}' }], (paths) => {
        folder = path.dirname(paths[0]!);
        return Promise.reject(new Error('boom'));
      }),
    ).rejects.toThrow('boom');
    expect(fs.existsSync(folder)).toBe(false);
  });
});
