// Worker side of LatestWorker: answer each { seq, req } with { seq, result } or { seq, error }.
//   // src/islands/<id>/x.worker.ts
//   import { serveLatest, serveRounds } from '../kit/serve-latest';
//   serveLatest((req: MyReq) => heavyModel(req));
//   serveRounds((req: MyReq) => modelInSteps(req));   // a generator: yields null or data so far, returns the final
// serveRounds answers the first data the generator yields at once, as a preview ({ seq, result, partial: true }),
// and gives the worker's event loop a turn between any two steps: if a newer request has come in, it answers
// { seq, skipped: true } and stops, so a drag never waits for the full run of a state already left behind.
import type { WorkerReply } from './latest-worker';
import { lastKept } from './last-kept';

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

/** Previews (serveRounds) or results (serveAhead) made ahead, by request (JSON), at most this many. */
const KEPT = 8;

/** Install the message handler in a worker: the first yielded data as a preview, the returned data as the result.
 *  `ahead(req)`: requests likely to come next (a slider's neighbours). Once a request's rounds are done and none
 *  newer came, the worker makes their previews too, one a turn, and a request whose preview is ready gets it at
 *  once: a step of the slider then waits for no network pass (issue 11). Each preview made ahead is also posted
 *  ({ seq, result, ahead: true }) for the page to draw ahead. */
export function serveRounds<Req, Res>(rounds: (req: Req) => Iterator<Res | null, Res>, turn: () => Promise<void> = nextTurn,
  ahead: (req: Req) => Req[] = () => []): void {
  const scope = globalThis as unknown as Scope<Req, Res>;
  const { map: previews, keep } = lastKept<Res>(KEPT);
  let latest = 0;
  scope.onmessage = async (e) => {
    const { seq, req } = e.data;
    latest = seq;
    try {
      const ready = previews.get(JSON.stringify(req));
      if (ready !== undefined) scope.postMessage({ seq, result: ready, partial: true });
      const it = rounds(req);
      let previewed = ready !== undefined;
      let step = it.next();
      while (!step.done) {
        if (!previewed && step.value !== null) {
          scope.postMessage({ seq, result: step.value, partial: true });
          keep(JSON.stringify(req), step.value);
          previewed = true;
        }
        await turn();
        if (latest !== seq) { scope.postMessage({ seq, skipped: true }); return; }
        step = it.next();
      }
      scope.postMessage({ seq, result: step.value });
      for (const next of ahead(req)) {
        const key = JSON.stringify(next);
        let preview = previews.get(key);
        if (preview === undefined) {
          await turn();
          if (latest !== seq) return;
          const made = firstData(rounds(next));
          if (made === null) continue;
          keep(key, made);
          preview = made;
        }
        // the page may draw it while idle (LatestWorker's onAhead), so the step finds its chart ready too; one
        // made earlier is posted again (the page keeps only a few)
        scope.postMessage({ seq, result: preview, ahead: true });
      }
    } catch (err) {
      scope.postMessage({ seq, error: errorText(err) });
    }
  };
}

/** Install the message handler in a worker for a model that has no preview to give (one result per request),
 *  computed ahead: once a request is answered and none newer came, the worker computes `ahead(req)` (a slider's
 *  neighbours), one a turn, and keeps them, so a step of that slider is answered at once from what is kept
 *  (issue 11: the recurrent model is ~100 ms a state at T = 200). Each is also posted ({ seq, result, ahead: true },
 *  again if kept before): the page may show it at a step without waiting for the worker. A newer request stops
 *  the work ahead between two states; one that comes during a state's computation waits for it. */
export function serveAhead<Req, Res>(work: (req: Req) => Res, ahead: (req: Req) => Req[], turn: () => Promise<void> = nextTurn): void {
  const scope = globalThis as unknown as Scope<Req, Res>;
  const { map: kept, keep } = lastKept<Res>(KEPT);
  let latest = 0;
  scope.onmessage = async (e) => {
    const { seq, req } = e.data;
    latest = seq;
    const key = JSON.stringify(req);
    try {
      const res = kept.get(key) ?? work(req);
      keep(key, res);
      scope.postMessage({ seq, result: res });
    } catch (err) {
      scope.postMessage({ seq, error: errorText(err) });
      return;
    }
    for (const next of ahead(req)) {
      const k = JSON.stringify(next);
      let made = kept.get(k);
      if (made === undefined) {
        await turn();
        if (latest !== seq) return;
        try { made = work(next); } catch { continue; /* a state that fails is computed again, and its error told, if asked */ }
        keep(k, made);
      }
      scope.postMessage({ seq, result: made, ahead: true });
    }
  };
}

/** The first data a run of rounds yields (its preview), or its result when it yields none before. */
function firstData<Res>(it: Iterator<Res | null, Res>): Res | null {
  for (let step = it.next(); ; step = it.next()) {
    if (step.done || step.value !== null) return step.value;
  }
}
