/**
 * A fixed number of slots for work that may run only so many times at once (HTTP exports). `tryTake` never waits:
 * a caller without a slot is refused at once rather than queued, so a crowd of requests cannot pile up work.
 */
export class ConcurrencySlots {
  readonly size: number;
  #taken = 0;

  constructor(size: number) {
    if (!Number.isInteger(size) || size < 1)
      throw new RangeError(`A slot count must be a positive integer: ${size}`);
    this.size = size;
  }

  /** Slots in use now. */
  get taken(): number {
    return this.#taken;
  }

  /** A slot and the function that gives it back (once, however often it is called), or undefined when all are taken. */
  tryTake(): (() => void) | undefined {
    if (this.#taken >= this.size) return undefined;
    this.#taken += 1;
    let returned = false;
    return () => {
      if (returned) return;
      returned = true;
      this.#taken -= 1;
    };
  }
}
