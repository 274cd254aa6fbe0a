// Downloads for the toolbar: the island's table as CSV or JSON, and saveBlob for every file (the figure's SVG
// and PNG are slides, kit/slide.ts, loaded on the first click). DOM only, no math.

/** A column of an island's data table (also the CSV header). */
export interface Column { key: string; label: string; format?: (v: unknown) => string }
/** An island's data: the same object feeds the "show data" table and the CSV/JSON downloads. */
export interface Table { columns: Column[]; rows: Record<string, unknown>[] }

/** Save a blob under a file name (an <a download> click; no request leaves the page). */
export function saveBlob(blob: Blob, filename: string): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The table as CSV: header from the column keys, raw (unformatted) values, full precision. */
export function toCsv(table: Table): string {
  const head = table.columns.map((c) => csvCell(c.key)).join(',');
  const body = table.rows.map((r) => table.columns.map((c) => csvCell(r[c.key])).join(','));
  return [head, ...body].join('\n') + '\n';
}

export function downloadCsv(table: Table, filename: string): void {
  saveBlob(new Blob([toCsv(table)], { type: 'text/csv' }), `${filename}.csv`);
}

/** JSON keeps non-finite numbers as strings ("Infinity", "NaN") rather than dropping them to null. */
export function toJson(table: Table, meta: Record<string, unknown> = {}): string {
  const rows = table.rows.map((r) => Object.fromEntries(table.columns.map((c) => {
    const v = r[c.key];
    return [c.key, typeof v === 'number' && !Number.isFinite(v) ? String(v) : v];
  })));
  return JSON.stringify({ ...meta, columns: table.columns.map((c) => ({ key: c.key, label: c.label })), rows }, null, 2);
}

export function downloadJson(table: Table, filename: string, meta?: Record<string, unknown>): void {
  saveBlob(new Blob([toJson(table, meta)], { type: 'application/json' }), `${filename}.json`);
}
