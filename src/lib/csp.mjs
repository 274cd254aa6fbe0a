// Astro integration: after the build, writes a strict Content-Security-Policy <meta> into every page.
// Scripts may come only from the site itself or be one of the page's own inline scripts (by SHA-256 hash),
// so nothing injected can run and nothing loads from another host; WebAssembly may be compiled (the engine's
// SIMD kernels, bundled with the site). Styles allow inline because Observable
// Plot writes a <style> and style attributes into each chart it draws, in the page and live.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './html-files.mjs';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** The policy for one page, given its inline scripts. */
export function policyFor(html) {
  const hashes = [...html.matchAll(INLINE_SCRIPT)]
    .filter((m) => !/type="application\/(ld\+)?json"/.test(m[0]))
    .map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`);
  return [
    "default-src 'self'",
    // 'wasm-unsafe-eval': compiling the engine's WebAssembly kernels, and nothing else (never 'unsafe-eval').
    `script-src 'self' 'wasm-unsafe-eval' ${[...new Set(hashes)].join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** The integration: one meta tag per page, placed right after the charset so it governs every script after it. */
export default function csp() {
  return {
    name: 'vanishing-gradient:csp',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        for await (const file of htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          if (html.includes('http-equiv="content-security-policy"')) continue;
          const meta = `<meta http-equiv="content-security-policy" content="${policyFor(html)}">`;
          const charset = /<meta charset="[^"]*"\s*\/?>/i;
          const out = charset.test(html) ? html.replace(charset, (m) => m + meta) : html.replace(/<head>/i, `<head>${meta}`);
          await writeFile(file, out);
        }
      },
    },
  };
}
