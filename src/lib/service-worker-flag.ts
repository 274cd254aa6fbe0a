// Whether the build ships the offline service worker (issue 16). On by default; `SERVICE_WORKER=off` (or 0,
// false, no) turns it off for a deploy that must not have one: pages then register nothing and remove a
// registration left by an earlier deploy, and <site>/sw.js becomes a worker that clears its caches and
// unregisters itself (scripts/postbuild.ts). Read by the pages (Base.astro) and by the post-build step.

/** True unless the environment turns the service worker off. */
export function serviceWorkerEnabled(env: Record<string, string | undefined> = process.env): boolean {
  const v = (env.SERVICE_WORKER ?? '').trim().toLowerCase();
  return !['off', '0', 'false', 'no'].includes(v);
}
