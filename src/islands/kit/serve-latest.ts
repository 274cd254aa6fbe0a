// Worker side of LatestWorker: answer each { seq, req } with { seq, result } or { seq, error }.
//   // src/islands/<id>/x.worker.ts
//   import { serveLatest, serveRounds } from '../kit/serve-latest';
//   serveLatest((req: MyReq) => heavyModel(req));
//   serveRounds((req: MyReq) => modelInSteps(req));   // a generator: yields null or data so far, returns the final
// serveRounds answers the first data the generator yields at once, as a preview ({ seq, result, partial: true }),
// and gives the worker's event loop a turn between any two steps: if a newer request has come in, it answers
// { seq, skipped: true } and stops, so a drag never waits for the full run of a state already left behind.
import type { WorkerReply } from './latest-worker';

interface Scope<Req, Res> {
  onmessage: ((e: MessageEvent<{ seq: number; req: Req }>) => void) | null;
  postMessage: (msg: WorkerReply<Res>) => void;
}

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Install the message handler in a worker: one answer per request. */
export function serveLatest<Req, Res>(work: (req: Req) => Res): void {
  const scope = globalThis as unknown as Scope<Req, Res>;
  scope.onmessage = (e) => {
    const { seq, req } = e.data;
    try {
      scope.postMessage({ seq, result: work(req) });
    } catch (err) {
      scope.postMessage({ seq, error: errorText(err) });
    }
  };
}

/** One turn of the event loop (a MessageChannel message: not clamped like nested timers). */
export function nextTurn(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((r) => setTimeout(r, 0));
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => { port1.close(); resolve(); };
    port2.postMessage(0);
  });
}

/** Install the message handler in a worker: the first yielded data as a preview, the returned data as the result. */
export function serveRounds<Req, Res>(rounds: (req: Req) => Iterator<Res | null, Res>, turn: () => Promise<void> = nextTurn): void {
  const scope = globalThis as unknown as Scope<Req, Res>;
  let latest = 0;
  scope.onmessage = async (e) => {
    const { seq, req } = e.data;
    latest = seq;
    try {
      const it = rounds(req);
      let previewed = false;
      let step = it.next();
      while (!step.done) {
        if (!previewed && step.value !== null) {
          scope.postMessage({ seq, result: step.value, partial: true });
          previewed = true;
        }
        await turn();
        if (latest !== seq) { scope.postMessage({ seq, skipped: true }); return; }
        step = it.next();
      }
      scope.postMessage({ seq, result: step.value });
    } catch (err) {
      scope.postMessage({ seq, error: errorText(err) });
    }
  };
}
