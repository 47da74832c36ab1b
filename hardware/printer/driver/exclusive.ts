// Runs one printer operation at a time: a status query in the middle of a job would interleave
// its request with receipt bytes and steal the job's replies.
export class Exclusive {
  #tail: Promise<unknown> = Promise.resolve();
  #running = 0;

  get busy(): boolean {
    return this.#running > 0;
  }

  run<T>(operation: () => Promise<T>): Promise<T> {
    this.#running += 1;
    const result = this.#tail.then(operation).finally(() => {
      this.#running -= 1;
    });
    this.#tail = result.catch(() => undefined);
    return result;
  }
}
