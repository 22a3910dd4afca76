/**
 * `work`'s result, or `fallback()` when it has not settled within `timeoutMs`.
 *
 * A timer that fires late because the event loop was busy (a process rendering pages on a loaded
 * machine) must not beat an answer that arrived in time: timers run before the loop reads its
 * sockets, so a plain race would call a database that answered in 5 ms "no answer within 2000
 * ms" whenever the loop was blocked for 2 s. When the timer fires, the fallback waits for one
 * more turn of the loop (setImmediate runs after the poll phase), in which whatever already
 * arrived is read and settles `work` first.
 */
export async function answerWithin<T>(work: Promise<T>, timeoutMs: number, fallback: () => T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<T>((resolve) => {
    timer = setTimeout(() => setImmediate(() => resolve(fallback())), timeoutMs);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
