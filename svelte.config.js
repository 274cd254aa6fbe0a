import { vitePreprocess } from '@astrojs/svelte';

export default {
  preprocess: vitePreprocess(),
  // A Svelte compiler warning fails the production build. Astro's build prints none of them, and `npm run check`
  // (svelte-check --fail-on-warnings) sees only the files of src/islands/tsconfig.json; this covers every
  // .svelte file the site compiles. In `astro dev` a warning is only reported.
  onwarn(warning, report) {
    if (process.env.NODE_ENV === 'production' && !warning.filename?.includes('node_modules')) {
      const at = warning.start ? `:${warning.start.line}:${warning.start.column + 1}` : '';
      throw new Error(`Svelte warning ${warning.code} in ${warning.filename}${at}: ${warning.message}`);
    }
    report(warning);
  },
};
