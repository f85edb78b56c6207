import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  // The BFF serves the build at /admin/ (apps/bff/src/web/front-ends.ts).
  base: '/admin/',
  plugins: [react()],
  resolve: {
    alias: {
      '@weimin/contracts': fileURLToPath(new URL('../../libs/contracts/src/index.ts', import.meta.url)),
    },
    // The workspace holds a single React (18.3.1); never bundle a second copy.
    dedupe: ['react', 'react-dom'],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // React and the router change far less often than our code: their own chunk stays cached across releases.
        // antd is left to automatic splitting, so a component only one page uses (Table, say) loads with that page.
        codeSplitting: {
          groups: [{ name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|@remix-run[\\/]router)[\\/]/ }],
        },
      },
    },
  },
  server: {
    // `npm run dev -w @weimin/admin` next to a BFF started with the default PORT.
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
