// Builds the web app with Vite's JavaScript API, so the gateway serves what production would.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths';

export const webConfigFile = path.join(repoRoot, 'web', 'vite.config.ts');

export type WebBuild = { built: true; outDir: string; ms: number } | { built: false; reason: string };

/**
 * Runs `vite build` with web/vite.config.ts. `outDir` overrides the config's output folder (tests
 * build into a temporary one). Never throws: the API is usable without the web app.
 */
export async function buildWebApp(options: { outDir?: string } = {}): Promise<WebBuild> {
  if (!existsSync(webConfigFile)) return { built: false, reason: `${path.relative(repoRoot, webConfigFile)} does not exist` };
  const started = Date.now();
  let outDir = '';
  try {
    // Loaded lazily: Vite is only needed when there is a web app to build.
    const { build } = await import('vite');
    // Vite takes the mode (and so React's production build) from NODE_ENV when it is set, and
    // vitest sets it to "test": build exactly what production serves.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    await build({
      configFile: webConfigFile,
      logLevel: 'warn',
      build: options.outDir ? { outDir: options.outDir, emptyOutDir: true } : undefined,
      // Learn the output folder the config resolved to, wherever it points.
      plugins: [{ name: 'tandem-local-out-dir', configResolved: (config) => void (outDir = path.resolve(config.root, config.build.outDir)) }],
    }).finally(() => {
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
    });
    return { built: true, outDir, ms: Date.now() - started };
  } catch (error) {
    // Vite has printed the details already; keep the summary short.
    const message = (error instanceof Error ? error.message : String(error)).split('\n').filter((line) => line.trim());
    return { built: false, reason: `vite build failed: ${message.slice(0, 3).join(' | ')}` };
  }
}
