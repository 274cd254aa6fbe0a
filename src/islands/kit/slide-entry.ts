// The slide export's own file (kit/slide-loader.ts loads it on the first click): it hands its entry point to the
// page through a global, the one way a script built on its own (Vite's `?worker&url`) can.
import { downloadSlide } from './slide';

(globalThis as unknown as { vgSlide: { downloadSlide: typeof downloadSlide } }).vgSlide = { downloadSlide };
