// Astro integration: at the end of every build, the search index and dialog and the offline service worker
// (scripts/postbuild.ts, issue 16), into the build's own folder (dist/, dist-subpath/, any --outDir). It must
// be the last integration: the worker's precache records every page as the other post-build steps leave it.
import { fileURLToPath } from 'node:url';

export default function postbuild() {
  return {
    name: 'vanishing-gradient:postbuild',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // loaded here, not with the config: vitest and `astro dev` read the config too
        const { postbuild: run } = await import('../../scripts/postbuild.ts');
        await run(fileURLToPath(dir), (line) => logger.info(line));
      },
    },
  };
}
