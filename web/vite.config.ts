import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The web app is static: the local gateway (and the cloud's web hosting) serve web/dist together
// with /config.json, which tells the app where the API and the user pool are.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: `${import.meta.dirname}/dist`,
    emptyOutDir: true,
  },
  server: {
    // `npx vite --config web/vite.config.ts` during development: borrow the running local stack.
    proxy: {
      '/config.json': 'http://127.0.0.1:4000',
      '/graphql': 'http://127.0.0.1:4000',
    },
  },
});
