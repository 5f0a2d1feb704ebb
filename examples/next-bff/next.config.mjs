import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

/** @type {import('next').NextConfig} */
export default {
  // The example lives inside the kit's repository, which has a lockfile of its own: this folder is the app.
  turbopack: { root: here },
  outputFileTracingRoot: here,
  poweredByHeader: false,
};
