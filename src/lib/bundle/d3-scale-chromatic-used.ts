// Stands in for d3-scale-chromatic in the site's bundles (astro.config.mjs aliases it), as d3-geo-unused.ts does
// for d3-geo: Observable Plot imports every colour scheme by name, and all of them were ~7.5 KB gzip of every page's
// script (issue 6's 150 KB budget). The charts name three (phase: PuOr and RdBu; memory: viridis); those are
// d3-scale-chromatic's own (ISC licence, Mike Bostock; colours by Cynthia Brewer, Mark Harrower and The Pennsylvania
// State University, and viridis by van der Walt, Smith and Firing), and every other name throws, naming this file,
// if a chart ever asks for it. tests/unit/bundle-d3-scale-chromatic.test.ts keeps the list in step with Plot.
// @ts-expect-error d3-interpolate ships no types (it comes with Observable Plot, through d3)
import { interpolateRgbBasis as rgbBasis } from 'd3-interpolate';

const interpolateRgbBasis = rgbBasis as (colors: string[]) => (t: number) => string;

/** d3-scale-chromatic's `colors`: six hex digits per colour. */
function colors(specifier: string): string[] {
  return Array.from({ length: (specifier.length / 6) | 0 }, (_, i) => `#${specifier.slice(i * 6, i * 6 + 6)}`);
}

/** d3-scale-chromatic's sequential `ramp`: t ∈ [0, 1] picks one of the colours. */
function ramp(range: string[]): (t: number) => string {
  const n = range.length;
  return (t: number) => range[Math.max(0, Math.min(n - 1, Math.floor(t * n)))];
}

export const interpolatePuOr = interpolateRgbBasis(colors('2d004b5427888073acb2abd2d8daebf7f7f7fee0b6fdb863e08214b358067f3b08'));
export const interpolateRdBu = interpolateRgbBasis(colors('67001fb2182bd6604df4a582fddbc7f7f7f7d1e5f092c5de4393c32166ac053061'));
export const interpolateViridis = ramp(colors(''
  + '44015444025645045745055946075a46085c460a5d460b5e470d60470e6147106347116447136548146748166848176948186a481a6c'
  + '481b6d481c6e481d6f481f70482071482173482374482475482576482677482878482979472a7a472c7a472d7b472e7c472f7d46307e'
  + '46327e46337f463480453581453781453882443983443a83443b84433d84433e85423f85424086424186414287414487404588404688'
  + '3f47883f48893e49893e4a893e4c8a3d4d8a3d4e8a3c4f8a3c508b3b518b3b528b3a538b3a548c39558c39568c38588c38598c375a8c'
  + '375b8d365c8d365d8d355e8d355f8d34608d34618d33628d33638d32648e32658e31668e31678e31688e30698e306a8e2f6b8e2f6c8e'
  + '2e6d8e2e6e8e2e6f8e2d708e2d718e2c718e2c728e2c738e2b748e2b758e2a768e2a778e2a788e29798e297a8e297b8e287c8e287d8e'
  + '277e8e277f8e27808e26818e26828e26828e25838e25848e25858e24868e24878e23888e23898e238a8d228b8d228c8d228d8d218e8d'
  + '218f8d21908d21918c20928c20928c20938c1f948c1f958b1f968b1f978b1f988b1f998a1f9a8a1e9b8a1e9c891e9d891f9e891f9f88'
  + '1fa0881fa1881fa1871fa28720a38620a48621a58521a68522a78522a88423a98324aa8325ab8225ac8226ad8127ad8128ae8029af7f'
  + '2ab07f2cb17e2db27d2eb37c2fb47c31b57b32b67a34b67935b77937b87838b9773aba763bbb753dbc743fbc7340bd7242be7144bf70'
  + '46c06f48c16e4ac16d4cc26c4ec36b50c46a52c56954c56856c66758c7655ac8645cc8635ec96260ca6063cb5f65cb5e67cc5c69cd5b'
  + '6ccd5a6ece5870cf5773d05675d05477d1537ad1517cd2507fd34e81d34d84d44b86d54989d5488bd6468ed64590d74393d74195d840'
  + '98d83e9bd93c9dd93ba0da39a2da37a5db36a8db34aadc32addc30b0dd2fb2dd2db5de2bb8de29bade28bddf26c0df25c2df23c5e021'
  + 'c8e020cae11fcde11dd0e11cd2e21bd5e21ad8e219dae319dde318dfe318e2e418e5e419e7e419eae51aece51befe51cf1e51df4e61e'
  + 'f6e620f8e621fbe723fde725'));

const unused = (name: string) => new Error(`the colour scheme ${name} is left out of the site's bundle (src/lib/bundle/d3-scale-chromatic-used.ts)`);
/** An interpolator no chart uses: throws when called. */
function unusedInterpolator(name: string): (t: number) => string {
  return () => { throw unused(name); };
}
/** A scheme (an array of colour arrays by size) no chart uses: an empty array that throws when indexed. */
function unusedScheme(name: string): readonly (readonly string[])[] {
  return new Proxy([], {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) throw unused(name);
      return Reflect.get(target, key, receiver);
    },
  });
}

export const interpolateBlues = unusedInterpolator('interpolateBlues');
export const interpolateBrBG = unusedInterpolator('interpolateBrBG');
export const interpolateBuGn = unusedInterpolator('interpolateBuGn');
export const interpolateBuPu = unusedInterpolator('interpolateBuPu');
export const interpolateCividis = unusedInterpolator('interpolateCividis');
export const interpolateCool = unusedInterpolator('interpolateCool');
export const interpolateCubehelixDefault = unusedInterpolator('interpolateCubehelixDefault');
export const interpolateGnBu = unusedInterpolator('interpolateGnBu');
export const interpolateGreens = unusedInterpolator('interpolateGreens');
export const interpolateGreys = unusedInterpolator('interpolateGreys');
export const interpolateInferno = unusedInterpolator('interpolateInferno');
export const interpolateMagma = unusedInterpolator('interpolateMagma');
export const interpolateOrRd = unusedInterpolator('interpolateOrRd');
export const interpolateOranges = unusedInterpolator('interpolateOranges');
export const interpolatePRGn = unusedInterpolator('interpolatePRGn');
export const interpolatePiYG = unusedInterpolator('interpolatePiYG');
export const interpolatePlasma = unusedInterpolator('interpolatePlasma');
export const interpolatePuBu = unusedInterpolator('interpolatePuBu');
export const interpolatePuBuGn = unusedInterpolator('interpolatePuBuGn');
export const interpolatePuRd = unusedInterpolator('interpolatePuRd');
export const interpolatePurples = unusedInterpolator('interpolatePurples');
export const interpolateRainbow = unusedInterpolator('interpolateRainbow');
export const interpolateRdGy = unusedInterpolator('interpolateRdGy');
export const interpolateRdPu = unusedInterpolator('interpolateRdPu');
export const interpolateRdYlBu = unusedInterpolator('interpolateRdYlBu');
export const interpolateRdYlGn = unusedInterpolator('interpolateRdYlGn');
export const interpolateReds = unusedInterpolator('interpolateReds');
export const interpolateSinebow = unusedInterpolator('interpolateSinebow');
export const interpolateSpectral = unusedInterpolator('interpolateSpectral');
export const interpolateTurbo = unusedInterpolator('interpolateTurbo');
export const interpolateWarm = unusedInterpolator('interpolateWarm');
export const interpolateYlGn = unusedInterpolator('interpolateYlGn');
export const interpolateYlGnBu = unusedInterpolator('interpolateYlGnBu');
export const interpolateYlOrBr = unusedInterpolator('interpolateYlOrBr');
export const interpolateYlOrRd = unusedInterpolator('interpolateYlOrRd');
export const schemeAccent = unusedScheme('schemeAccent');
export const schemeBlues = unusedScheme('schemeBlues');
export const schemeBrBG = unusedScheme('schemeBrBG');
export const schemeBuGn = unusedScheme('schemeBuGn');
export const schemeBuPu = unusedScheme('schemeBuPu');
export const schemeCategory10 = unusedScheme('schemeCategory10');
export const schemeDark2 = unusedScheme('schemeDark2');
export const schemeGnBu = unusedScheme('schemeGnBu');
export const schemeGreens = unusedScheme('schemeGreens');
export const schemeGreys = unusedScheme('schemeGreys');
export const schemeObservable10 = unusedScheme('schemeObservable10');
export const schemeOrRd = unusedScheme('schemeOrRd');
export const schemeOranges = unusedScheme('schemeOranges');
export const schemePRGn = unusedScheme('schemePRGn');
export const schemePaired = unusedScheme('schemePaired');
export const schemePastel1 = unusedScheme('schemePastel1');
export const schemePastel2 = unusedScheme('schemePastel2');
export const schemePiYG = unusedScheme('schemePiYG');
export const schemePuBu = unusedScheme('schemePuBu');
export const schemePuBuGn = unusedScheme('schemePuBuGn');
export const schemePuOr = unusedScheme('schemePuOr');
export const schemePuRd = unusedScheme('schemePuRd');
export const schemePurples = unusedScheme('schemePurples');
export const schemeRdBu = unusedScheme('schemeRdBu');
export const schemeRdGy = unusedScheme('schemeRdGy');
export const schemeRdPu = unusedScheme('schemeRdPu');
export const schemeRdYlBu = unusedScheme('schemeRdYlBu');
export const schemeRdYlGn = unusedScheme('schemeRdYlGn');
export const schemeReds = unusedScheme('schemeReds');
export const schemeSet1 = unusedScheme('schemeSet1');
export const schemeSet2 = unusedScheme('schemeSet2');
export const schemeSet3 = unusedScheme('schemeSet3');
export const schemeSpectral = unusedScheme('schemeSpectral');
export const schemeTableau10 = unusedScheme('schemeTableau10');
export const schemeYlGn = unusedScheme('schemeYlGn');
export const schemeYlGnBu = unusedScheme('schemeYlGnBu');
export const schemeYlOrBr = unusedScheme('schemeYlOrBr');
export const schemeYlOrRd = unusedScheme('schemeYlOrRd');
