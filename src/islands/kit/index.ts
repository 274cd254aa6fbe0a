// The shared island kit (issue 4): import from here.
//   UrlState (url-state.svelte.ts)  URL ↔ state sync, lesson lock/hide, reset, new seed
//   Toolbar, DataTable, Notice, Chart (Svelte components), LessonLink (inside Toolbar)
//   markInput / markDrawn (perf.ts) performance marks `<id>:input` / `<id>:drawn` read by `npm run bench:islands`
//   Table / Column (download.ts)    one data object for the "show data" table and the CSV/JSON downloads
//   LatestWorker (latest-worker.ts) + serveLatest (serve-latest.ts, worker side): latest request wins
//   LatestRounds (latest-rounds.ts)  the same on the main thread, for work in rounds (yields between them)
//   AfterPaint (after-paint.svelte.ts) a value a frame late: text around a chart updates after the chart's paint
//   EngineKernels (kernels.svelte.ts, imported directly: it loads the engine) kernels for data-kernels
export { UrlState, type LinkSource } from './url-state.svelte';
export { default as Toolbar } from './Toolbar.svelte';
export { default as DataTable } from './DataTable.svelte';
export { default as Notice } from './Notice.svelte';
export { default as Chart } from './Chart.svelte';
export { default as LessonLink } from './LessonLink.svelte';
export { markInput, markDrawn } from './perf';
export { toCsv, toJson, type Table, type Column } from './download';
export { LatestWorker } from './latest-worker';
export { LatestRounds } from './latest-rounds';
export { AfterPaint } from './after-paint.svelte';
