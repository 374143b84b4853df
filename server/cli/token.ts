// `npm run token -- NAME`: makes a new admin token. Prints the secret once (give it to the admin) and the
// `NAME:sha256` entry to add to ATLAS_ADMIN_TOKENS (the server stores only the hash).
import { randomBytes } from 'node:crypto';
import { sha256 } from '../auth/authenticate.ts';

const name = process.argv[2];
if (!name || !/^[A-Za-z0-9._@-]+$/.test(name)) {
  console.error(
    'Usage: npm run token -- NAME   (letters, digits, . _ @ -; the name appears in the audit trail)',
  );
  process.exit(2);
}
const secret = randomBytes(32).toString('base64url');
console.log(`Token for ${name} (shown once; send it as "Authorization: Bearer <token>"):\n  ${secret}`);
console.log(`Add to ATLAS_ADMIN_TOKENS (comma-separated):\n  ${name}:${sha256(secret).toString('hex')}`);
