// Issue 18, bug 4: a caption that names a colour must hold in both schemes. Black and white swap between the
// light and dark schemes (the charts draw with the text colour), so no string readers see may name them; hues
// that the token file keeps in both schemes (blue, orange, grey) may be named.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Colour words whose colour flips with the scheme, in both languages. */
const SCHEME_COLOURS = /\b(black|white|negr[oa]s?|blanc[oa]s?)\b/i;

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith(ext)).map((f) => join(dir, f));
}

describe('no caption names a colour the dark scheme turns around', () => {
  const sources = [...files('src/i18n', '.ts'), ...files('content', '.mdx'), ...files('src/sims', 'caption.ts')];
  it.each(sources)('%s', (file) => {
    const hits = readFileSync(file, 'utf8').split('\n')
      .map((line, i) => ({ line: i + 1, text: line }))
      .filter(({ text }) => SCHEME_COLOURS.test(text.replace(/white-space/g, '')));
    expect(hits).toEqual([]);
  });
  it('the pattern catches both languages', () => {
    expect(SCHEME_COLOURS.test('black tick at the median')).toBe(true);
    expect(SCHEME_COLOURS.test('raya negra en la mediana')).toBe(true);
    expect(SCHEME_COLOURS.test('a tick in the text colour at the median')).toBe(false);
  });
});
