// `npm run merge -- <keepId> <dropId>`: folds a duplicate into the node to keep.
import { mergeDuplicates } from '../admin/merge-duplicates.ts';
import { isAppError } from '../errors/app-error.ts';
import { formatIssue, type ImportIssue } from '../errors/issues.ts';
import { cliAuthor } from './cli-author.ts';
import { openDatabase } from './open-database.ts';
import { runCli } from './run-cli.ts';

runCli('merge', async () => {
  const [keep, drop, ...rest] = process.argv.slice(2);
  if (!keep || !drop || rest.length > 0) {
    console.error(
      'Usage: npm run merge -- <keepId> <dropId>   (dropId is deleted; its relationships and contacts move to keepId)',
    );
    return 2;
  }
  const { db, close } = await openDatabase((line) => console.log(line));
  try {
    const result = await mergeDuplicates({ db, author: cliAuthor() }, keep, drop).catch((err: unknown) => {
      // A refused merge lists every relationship that could not stand at the record kept, not only the first.
      const issues = isAppError(err) ? (err.details.issues as ImportIssue[] | undefined) : undefined;
      for (const issue of issues ?? []) console.error(`  ${formatIssue(issue)}`);
      throw err;
    });
    console.log(
      `Merged ${result.drop} into ${result.keep}: ${result.moved} relationship(s) moved (${result.folded} of them ` +
        `folded into ones ${result.keep} had), ${result.linksRemoved} between the two removed, ` +
        `${result.contactsMoved} contact(s) moved; aliases now: ${result.aliases.join(', ') || '(none)'}.`,
    );
    return 0;
  } finally {
    await close();
  }
});
