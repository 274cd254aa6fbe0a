// The preview server bench:islands starts (or the one it is pointed at).
import type { ChildProcess } from 'node:child_process';
import { sleep } from './page';

export async function waitForServer(url: string, server: ChildProcess | null): Promise<void> {
  const tries = server ? 120 : 20;
  for (let i = 0; i < tries; i++) {
    if (server && server.exitCode !== null) throw new Error(`astro preview exited with code ${server.exitCode}`);
    try { if ((await fetch(url)).ok) return; } catch { /* not up yet */ }
    await sleep(500);
  }
  throw new Error(`no server answered at ${url} within ${tries / 2} s`);
}

export async function portAnswers(url: string): Promise<boolean> {
  try { await fetch(url, { signal: AbortSignal.timeout(1000) }); return true; } catch { return false; }
}
