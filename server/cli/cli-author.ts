import os from 'node:os';
import type { AuditAuthor } from '../audit/audit-entry.ts';
import { systemAuthor } from '../import/run-import.ts';

/** Changes made from the command line enter the audit trail as `cli:<operating-system user>`. */
export function cliAuthor(): AuditAuthor {
  return systemAuthor(`cli:${os.userInfo().username}`);
}
