// Every .html file under a folder, recursively: the pages the post-build steps (csp.mjs, island-styles.mjs) rewrite.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** @param {string} dir @returns {AsyncGenerator<string>} */
export async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(p);
    else if (entry.name.endsWith('.html')) yield p;
  }
}
