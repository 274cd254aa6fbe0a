// Worker side of LatestWorker: answer each { seq, req } with { seq, result } or { seq, error }.
//   // src/islands/<id>/x.worker.ts
//   import { serveLatest } from '../kit/serve-latest';
//   serveLatest((req: MyReq) => heavyModel(req));

/** Install the message handler in a worker. */
export function serveLatest<Req, Res>(work: (req: Req) => Res): void {
  const scope = globalThis as unknown as {
    onmessage: ((e: MessageEvent<{ seq: number; req: Req }>) => void) | null;
    postMessage: (msg: unknown) => void;
  };
  scope.onmessage = (e) => {
    const { seq, req } = e.data;
    try {
      scope.postMessage({ seq, result: work(req) });
    } catch (err) {
      scope.postMessage({ seq, error: err instanceof Error ? err.message : String(err) });
    }
  };
}
