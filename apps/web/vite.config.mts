import { defineConfig } from 'vite';

const gateway = process.env.PAO_GATEWAY_URL ?? 'http://127.0.0.1:4100';

// The web UI for case handlers (`vite build apps/web`, root = this folder). Built into apps/web/dist, which the gateway serves
// (WEB_DIST_DIR). The gateway's CSP allows no inline scripts: Vite emits external
// module scripts only, and the modulepreload polyfill is off.
export default defineConfig({
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    sourcemap: false,
    chunkSizeWarningLimit: 1024,
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: { '/api': { target: gateway, changeOrigin: false } },
  },
});
