// Issue 18, bug 3: an exercise link opened in place sets the island's state and keeps everything else in the query.
import { describe, expect, it } from 'vitest';
import { TRY_IT_URL_EVENT, tryItHref, tryItSearch } from '../../src/components/mdx/try-it';
import { URL_STATE_EVENT } from '../../src/islands/kit/url-event';

describe('tryItSearch', () => {
  it('replaces the island’s values, keeps other islands’ keys', () => {
    const link = new URL(tryItHref('en', 'product', { depth: 30, activation: 'sigmoid' }, '/'), 'http://x');
    expect(tryItSearch('?product.depth=5&product.seed=3&train.depth=4', link.search, 'product'))
      .toBe('?train.depth=4&product.depth=30&product.activation=sigmoid');
  });
  it('keeps the lesson: lock and hide lists, lesson.…, and the values of locked or hidden fields', () => {
    const cur = '?product.depth=50&product.seed=9&product.lock=depth&product.hide=seed,walk&lesson.hide=answers';
    expect(tryItSearch(cur, '?product.depth=30&product.seed=1&product.activation=tanh', 'product'))
      .toBe('?product.depth=50&product.seed=9&product.lock=depth&product.hide=seed,walk&lesson.hide=answers&product.activation=tanh');
  });
  it('from an empty query, is the link’s own query; from nothing to nothing, empty', () => {
    expect(tryItSearch('', '?remedies.relu=1', 'remedies')).toBe('?remedies.relu=1');
    expect(tryItSearch('', '', 'remedies')).toBe('');
  });
});

describe('the event an exercise link dispatches', () => {
  it('is the one UrlState listens for', () => {
    expect(TRY_IT_URL_EVENT).toBe(URL_STATE_EVENT);
  });
});
