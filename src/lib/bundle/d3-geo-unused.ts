// Stands in for d3-geo in the site's bundles (astro.config.mjs aliases it): Observable Plot imports d3-geo's
// projections and paths for maps, which no chart here draws, and they were ~8 KB gzip of every page's script
// (issue 6's 150 KB budget). Plot calls geoTransform when its module loads, so that one is d3-geo's own
// (ISC licence, Mike Bostock); every other name throws, naming this file, if a chart ever asks for a projection.
// tests/unit/bundle-d3-geo.test.ts keeps the list in step with what Plot imports.

type Methods = Record<string, unknown>;
interface Stream { point(x: number, y: number): void; sphere(): void; lineStart(): void; lineEnd(): void; polygonStart(): void; polygonEnd(): void }

class TransformStream {
  declare stream: Stream;
  point(x: number, y: number) { this.stream.point(x, y); }
  sphere() { this.stream.sphere(); }
  lineStart() { this.stream.lineStart(); }
  lineEnd() { this.stream.lineEnd(); }
  polygonStart() { this.stream.polygonStart(); }
  polygonEnd() { this.stream.polygonEnd(); }
}

/** d3-geo's geoTransform: a stream that passes each point through `methods.point`. */
export function geoTransform(methods: Methods): { stream: (stream: Stream) => TransformStream } {
  return {
    stream(stream: Stream) {
      const s = new TransformStream();
      Object.assign(s, methods);
      s.stream = stream;
      return s;
    },
  };
}

function unavailable(name: string): () => never {
  return () => {
    throw new Error(`${name}: map projections are left out of this site's bundle (src/lib/bundle/d3-geo-unused.ts)`);
  };
}

export const geoAlbers = unavailable('geoAlbers');
export const geoAlbersUsa = unavailable('geoAlbersUsa');
export const geoAzimuthalEqualArea = unavailable('geoAzimuthalEqualArea');
export const geoAzimuthalEquidistant = unavailable('geoAzimuthalEquidistant');
export const geoCentroid = unavailable('geoCentroid');
export const geoClipRectangle = unavailable('geoClipRectangle');
export const geoConicConformal = unavailable('geoConicConformal');
export const geoConicEqualArea = unavailable('geoConicEqualArea');
export const geoConicEquidistant = unavailable('geoConicEquidistant');
export const geoEqualEarth = unavailable('geoEqualEarth');
export const geoEquirectangular = unavailable('geoEquirectangular');
export const geoGnomonic = unavailable('geoGnomonic');
export const geoGraticule = unavailable('geoGraticule');
export const geoGraticule10 = unavailable('geoGraticule10');
export const geoMercator = unavailable('geoMercator');
export const geoOrthographic = unavailable('geoOrthographic');
export const geoPath = unavailable('geoPath');
export const geoStereographic = unavailable('geoStereographic');
export const geoStream = unavailable('geoStream');
export const geoTransverseMercator = unavailable('geoTransverseMercator');
