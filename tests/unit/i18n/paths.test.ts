import { describe, expect, it } from 'vitest';
import { asset, basePath, otherLang, url } from '../../../src/i18n/paths';

describe('site paths', () => {
  it('builds links under the root', () => {
    expect(url('es', undefined, undefined, '/')).toBe('/es/');
    expect(url('en', 'problem', undefined, '/')).toBe('/en/problem/');
    expect(url('en', 'problem', 'why', '/')).toBe('/en/problem/#why');
  });
  it('builds links under a sub-path, with or without its trailing slash', () => {
    expect(url('es', 'solutions', undefined, '/vanishing-gradient/')).toBe('/vanishing-gradient/es/solutions/');
    expect(url('es', 'solutions', undefined, '/vanishing-gradient')).toBe('/vanishing-gradient/es/solutions/');
    expect(asset('/favicon.svg', '/vanishing-gradient')).toBe('/vanishing-gradient/favicon.svg');
    expect(basePath('/x')).toBe('/x/');
  });
  it('switches language', () => {
    expect(otherLang('es')).toBe('en');
    expect(otherLang('en')).toBe('es');
  });
});
