import { AppError } from '../errors/app-error.ts';
import { ErrorCode } from '../errors/error-codes.ts';

/** Argument checks shared by resolvers; each error names the argument and the allowed range. */
export function requireIntInRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `Argument "${name}" must be an integer from ${min} to ${max}.`,
      {
        argument: name,
      },
    );
  }
  return value;
}
