// The "show data" table and CSV/JSON of the product island: one row per hidden layer.
import type { Table } from '../kit/download';
import type { ProductBandRow, ProductData } from '../../sims/product/model';
import type { ProductStrings } from '../../i18n/product';
import { formatE } from '../../sims/product/format';

const fmt = (v: unknown) => (typeof v === 'number' ? formatE(v) : String(v ?? ''));
const pow10 = (x: number) => (Number.isFinite(x) ? 10 ** x : x === -Infinity ? 0 : x);

/** Columns with labels; values raw (CSV keeps full precision, the table shows 3 significant digits). */
export function productTable(data: ProductData, band: ProductBandRow[] | null, t: ProductStrings): Table {
  const c = t.table;
  return {
    columns: [
      { key: 'layer', label: c.layer },
      { key: 'meanDerivative', label: c.mean, format: fmt },
      { key: 'product', label: c.product, format: fmt },
      { key: 'float32Product', label: c.float32, format: fmt },
      { key: 'deltaNorm', label: c.delta, format: fmt },
      { key: 'meanField', label: c.meanField, format: fmt },
      { key: 'bandQ1', label: c.q1, format: fmt },
      { key: 'bandQ3', label: c.q3, format: fmt },
    ],
    rows: data.layers.map((l) => {
      const b = band?.[l.layer - 1];
      return {
        layer: l.layer, meanDerivative: l.meanDerivative, product: pow10(l.log10Product), float32Product: l.float32Product,
        deltaNorm: l.deltaNorm, meanField: pow10(l.log10MeanField),
        bandQ1: b ? pow10(b.deltaQ1) : '', bandQ3: b ? pow10(b.deltaQ3) : '',
      };
    }),
  };
}
