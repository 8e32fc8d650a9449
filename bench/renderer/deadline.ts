/** Promise races against an absolute deadline, for browser calls that have no timeout of their own. */

export class DeadlineError extends Error {
  override name = 'DeadlineError';
}

/**
 * Settles with `work`, or rejects with a `DeadlineError` naming `what` once `performance.now()`
 * passes `deadlineMs`. `work` keeps a rejection handler, so abandoning it (closing the browser
 * under it) is never an unhandled rejection.
 */
export function beforeDeadline<T>(work: Promise<T>, deadlineMs: number, what: string): Promise<T> {
  work.catch(() => undefined);
  const leftMs = Math.max(0, deadlineMs - performance.now());
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError(`${what}: no answer within the time limit`)), leftMs);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
