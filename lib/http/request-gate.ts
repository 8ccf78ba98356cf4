/**
 * Admission in arrival order for the production server (scripts/server.ts). Node renders every
 * request it has accepted at once, interleaved: with 200 waiting readers each page gets 1/200 of the
 * CPU, so the large pages finish last and clients give up on them, and every half-rendered page holds
 * its buffers at the same time (memory). Letting a few requests in at a time and queueing the rest
 * first come, first served keeps the total work the same but bounds both the wait of any one request
 * (the queue ahead of it) and the memory of the renders in progress.
 */
export type RequestGate = {
  /** Resolves with a release function once the request may run; null when the queue is full (answer 503). */
  enter(abandoned: () => boolean): Promise<(() => void) | null>;
  readonly running: number;
  readonly waiting: number;
};

export function createRequestGate(limit: number, maxQueue: number): RequestGate {
  let running = 0;
  const queue: { abandoned: () => boolean; admit: (release: (() => void) | null) => void }[] = [];

  const release = () => {
    running--;
    next();
  };
  const next = () => {
    while (running < limit && queue.length) {
      const entry = queue.shift()!;
      // A client that hung up while waiting costs nothing more.
      if (entry.abandoned()) {
        entry.admit(null);
        continue;
      }
      running++;
      entry.admit(once(release));
    }
  };

  return {
    enter(abandoned) {
      if (running < limit && !queue.length) {
        running++;
        return Promise.resolve(once(release));
      }
      if (queue.length >= maxQueue) return Promise.resolve(null);
      return new Promise((admit) => queue.push({ abandoned, admit }));
    },
    get running() {
      return running;
    },
    get waiting() {
      return queue.length;
    },
  };
}

function once(fn: () => void) {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    fn();
  };
}
