// `npm run token -- NAME`: makes a new admin token. Prints the secret once (give it to the admin) and the
// `NAME:sha256` entry to add to ATLAS_ADMIN_TOKENS or, as one line, to ATLAS_ADMIN_TOKENS_FILE (the server stores
// only the hash; removing the file's line revokes the token without a restart).
import { randomBytes } from 'node:crypto';
import { sha256 } from '../auth/authenticate.ts';
import { TOKEN_NAME } from '../auth/token-file.ts';

const name = process.argv[2];
if (!name || !TOKEN_NAME.test(name)) {
  console.error(
    'Usage: npm run token -- NAME   (letters, digits, . _ @ -; the name appears in the audit trail)',
  );
  process.exit(2);
}
const secret = randomBytes(32).toString('base64url');
console.log(`Token for ${name} (shown once; send it as "Authorization: Bearer <token>"):\n  ${secret}`);
console.log(
  `Add to ATLAS_ADMIN_TOKENS (comma-separated) or as a line of ATLAS_ADMIN_TOKENS_FILE:\n  ${name}:${sha256(secret).toString('hex')}`,
);
