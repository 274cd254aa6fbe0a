// Downloads for the toolbar: the live chart as SVG or PNG (colours resolved, so the file looks the same
// outside the page), and the island's table as CSV or JSON. DOM only, no math.

/** A column of an island's data table (also the CSV header). */
export interface Column { key: string; label: string; format?: (v: unknown) => string }
/** An island's data: the same object feeds the "show data" table and the CSV/JSON downloads. */
export interface Table { columns: Column[]; rows: Record<string, unknown>[] }

const PAINT_ATTRS = ['fill', 'stroke', 'color', 'stop-color'];
const PNG_SCALE = 2;

/** A standalone copy of a live SVG: CSS variables and currentColor replaced by computed colours. */
export function standaloneSvg(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const src = [svg, ...svg.querySelectorAll('*')];
  const dst = [clone, ...clone.querySelectorAll('*')];
  src.forEach((el, i) => {
    const style = getComputedStyle(el);
    for (const attr of PAINT_ATTRS) {
      const v = el.getAttribute(attr);
      if (v && (v.includes('var(') || v.includes('currentColor') || v.includes('color-mix'))) {
        dst[i].setAttribute(attr, style.getPropertyValue(attr));
      }
    }
  });
  const root = getComputedStyle(svg);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('style', `color:${root.color};background:${getComputedStyle(document.body).backgroundColor};font-family:${root.fontFamily}`);
  const { width, height } = svg.getBoundingClientRect();
  if (!clone.getAttribute('width')) clone.setAttribute('width', String(Math.round(width)));
  if (!clone.getAttribute('height')) clone.setAttribute('height', String(Math.round(height)));
  return new XMLSerializer().serializeToString(clone);
}

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

export function downloadSvg(svg: SVGSVGElement, filename: string): void {
  saveBlob(new Blob([standaloneSvg(svg)], { type: 'image/svg+xml' }), `${filename}.svg`);
}

/** Render the standalone SVG onto a canvas at twice its size, with the page background. */
export async function downloadPng(svg: SVGSVGElement, filename: string): Promise<void> {
  const text = standaloneSvg(svg);
  const { width, height } = svg.getBoundingClientRect();
  const img = new Image();
  const href = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    await new Promise<void>((ok, fail) => { img.onload = () => ok(); img.onerror = () => fail(new Error('svg')); img.src = href; });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * PNG_SCALE);
    canvas.height = Math.round(height * PNG_SCALE);
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.fillStyle = getComputedStyle(document.body).backgroundColor;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((ok) => canvas.toBlob(ok, 'image/png'));
    if (blob) saveBlob(blob, `${filename}.png`);
  } finally {
    URL.revokeObjectURL(href);
  }
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
