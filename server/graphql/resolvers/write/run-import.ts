import { importUpload } from '../../../admin/import/import-upload.ts';
import type { UploadedFile } from '../../../admin/import/uploaded-files.ts';
import { writerOf, type AdminContext } from './admin-only.ts';

/** Mutation.runImport */
export function runImport(
  _parent: unknown,
  args: {
    document?: string | null;
    files?: UploadedFile[] | null;
    dryRun: boolean;
    allowDuplicates: boolean;
    replaceSources: boolean;
  },
  ctx: AdminContext,
) {
  return importUpload(
    writerOf(ctx),
    { document: args.document, files: args.files },
    { dryRun: args.dryRun, allowDuplicates: args.allowDuplicates, replaceSources: args.replaceSources },
  );
}
