// `npm run merge -- <keepId> <dropId>`: folds a duplicate into the node to keep.
import { mergeDuplicates } from '../admin/merge-duplicates.ts';
import { cliAuthor } from './cli-author.ts';
import { openDatabase } from './open-database.ts';
import { runCli } from './run-cli.ts';

runCli('merge', async () => {
  const [keep, drop, ...rest] = process.argv.slice(2);
  if (!keep || !drop || rest.length > 0) {
    console.error(
      'Usage: npm run merge -- <keepId> <dropId>   (dropId is deleted; its relationships move to keepId)',
    );
    return 2;
  }
  const { db, close } = await openDatabase((line) => console.log(line));
  try {
    const result = await mergeDuplicates({ db, author: cliAuthor() }, keep, drop);
    console.log(
      `Merged ${result.drop} into ${result.keep}: ${result.moved} relationship(s) moved; aliases now: ${result.aliases.join(', ') || '(none)'}.`,
    );
    return 0;
  } finally {
    await close();
  }
});
