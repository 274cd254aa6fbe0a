/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';

// Unit tests run in Node: engine, sims, codecs, chart specs (with linkedom's document).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
