import { resolve } from 'node:path';
import type { NextConfig } from 'next';

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The workspace root, where npm hoists the packages.
  turbopack: { root: resolve(process.cwd(), '..') },
};

export default config;
