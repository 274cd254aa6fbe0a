// Build time: the font files resvg draws the link previews with. resvg draws only glyphs it has a font for, and
// the site's own fonts are the reader's system fonts, so the build uses a system font that covers Spanish and the
// charts' symbols (Π, σ, ′, ‖, superscripts): DejaVu Sans, which Debian installs with fontconfig (Chromium, needed
// by `npm test` and `.ci/run`, pulls it in), or Liberation Sans; KaTeX's Main font (an npm dependency the site
// already ships) backs up mathematical glyphs. No font file is committed (STYLE.md). PREVIEW_FONT_FILES
// (paths separated by ':') picks other files; with none found, resvg searches the system's fonts.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Font families in order of preference, with where Debian and Ubuntu install them. */
const CANDIDATES = [
  { family: 'DejaVu Sans', dir: '/usr/share/fonts/truetype/dejavu', files: ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'] },
  { family: 'Liberation Sans', dir: '/usr/share/fonts/truetype/liberation', files: ['LiberationSans-Regular.ttf', 'LiberationSans-Bold.ttf'] },
];

export interface PreviewFonts { family: string; files: string[]; loadSystemFonts: boolean }

/** KaTeX's Main-Regular, from the installed katex package. */
function katexMain(): string[] {
  try {
    const css = createRequire(import.meta.url).resolve('katex/dist/katex.min.css');
    const file = join(dirname(css), 'fonts', 'KaTeX_Main-Regular.ttf');
    return existsSync(file) ? [file] : [];
  } catch {
    return [];
  }
}

/** The fonts to give resvg: the first candidate family installed here, else the system's fonts. */
export function previewFonts(env: Record<string, string | undefined> = process.env): PreviewFonts {
  const own = env.PREVIEW_FONT_FILES?.split(':').filter((f) => f && existsSync(f)) ?? [];
  if (own.length) return { family: env.PREVIEW_FONT_FAMILY ?? 'sans-serif', files: [...own, ...katexMain()], loadSystemFonts: false };
  for (const c of CANDIDATES) {
    const files = c.files.map((f) => join(c.dir, f));
    if (files.every((f) => existsSync(f))) return { family: c.family, files: [...files, ...katexMain()], loadSystemFonts: false };
  }
  return { family: 'sans-serif', files: katexMain(), loadSystemFonts: true };
}
