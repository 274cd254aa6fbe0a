// How the memory table shows a mean cost or accuracy ("show data"; the downloads keep the raw value). Its own module,
// shared by the live table (./table.ts) and the shell (../Memory.svelte), which puts it back on the build-time
// run's columns, so the shell's chunk carries this line and not the table's code.
export const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v.toFixed(3) : '—');
