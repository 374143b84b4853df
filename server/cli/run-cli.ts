// Shared frame of the admin commands: typed errors become one clear line and exit code 1, never a stack trace.
import { isAppError } from '../errors/app-error.ts';

export function runCli(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      const detail = isAppError(err)
        ? `${err.message} [${err.code}]`
        : err instanceof Error
          ? (err.stack ?? err.message)
          : String(err);
      process.stderr.write(`${name} failed: ${detail}\n`);
      process.exit(1);
    },
  );
}
