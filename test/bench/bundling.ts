// Bundles a Lambda entry exactly the way the CDK bundles the GraphQL function (NodejsFunction with
// local esbuild), and explains what the bundle is made of from esbuild's metafile.
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { graphqlBundling } from '../../infra/lib/api-stack';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

// The GraphQL function's bundling options come from the CDK api stack itself, so the bench measures
// the bundle that is deployed (AWS SDK included, as in the cloud).
type CdkBundling = typeof graphqlBundling;

/** The esbuild options that the CDK's `buildEsbuildArgs` turns those props into. */
export function esbuildOptionsFor(bundling: CdkBundling): BuildOptions {
  return {
    bundle: true,
    platform: 'node',
    format: bundling.format === OutputFormat.ESM ? 'esm' : 'cjs',
    target: bundling.target,
    minify: bundling.minify,
    sourcemap: bundling.sourceMap,
    external: [...bundling.externalModules],
    mainFields: [...bundling.mainFields],
    banner: { js: bundling.banner },
  };
}

export interface BundleReport {
  entry: string;
  file: string;
  bytes: number;
  gzipBytes: number;
  metafile: Metafile;
}

/** Bundles `entry` (relative to the repository) into `outDir/index.mjs`, as the CDK names it. */
export async function bundleLambda(entry: string, outDir: string): Promise<BundleReport> {
  const file = path.join(outDir, 'index.mjs');
  const result = await build({
    ...esbuildOptionsFor(graphqlBundling),
    absWorkingDir: repoRoot,
    entryPoints: [path.join(repoRoot, entry)],
    outfile: file,
    metafile: true,
    logLevel: 'warning',
  });
  const code = await readFile(file);
  return { entry, file, bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length, metafile: result.metafile };
}

const packageOf = (input: string) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? '(own code)';

// The same module in a package's ESM and CommonJS builds: strip the build-flavour folders and
// extensions, so that dist/esm/x.js, dist/cjs/x.js, x.mjs and x.js share one key.
const flavourless = (input: string) =>
  input.replace(/\/(?:dist\/)?(?:esm|cjs|commonjs|dist-es|dist-cjs|module)(?=\/)/g, '').replace(/\.(?:mjs|cjs)$/, '.js');

export interface Composition {
  largestInputs: { input: string; bytes: number }[];
  largestPackages: { name: string; bytes: number; share: number }[];
  /** Packages present twice (ESM and CommonJS build): bytes of the second copy. */
  duplicatedPackages: { name: string; bytes: number }[];
  /** Who require()s the CommonJS copies. */
  duplicateCauses: string[];
}

export function composition(metafile: Metafile, top = 10): Composition {
  const output = Object.values(metafile.outputs)[0];
  const inputs = Object.entries(output.inputs).map(([input, { bytesInOutput }]) => ({ input, bytes: bytesInOutput }));
  const total = inputs.reduce((sum, { bytes }) => sum + bytes, 0);

  const packages = new Map<string, number>();
  for (const { input, bytes } of inputs) packages.set(packageOf(input), (packages.get(packageOf(input)) ?? 0) + bytes);

  const copies = new Map<string, { input: string; bytes: number }[]>();
  for (const entry of inputs) copies.set(flavourless(entry.input), [...(copies.get(flavourless(entry.input)) ?? []), entry]);
  const duplicated = new Map<string, number>();
  const duplicateInputs = new Set<string>();
  for (const group of copies.values()) {
    if (group.length < 2) continue;
    const name = packageOf(group[0].input);
    duplicated.set(name, (duplicated.get(name) ?? 0) + Math.min(...group.map(({ bytes }) => bytes)));
    for (const { input } of group) duplicateInputs.add(input);
  }
  // A CommonJS copy exists because something outside the package require()s it.
  const causes = new Set<string>();
  for (const [importer, { imports }] of Object.entries(metafile.inputs)) {
    for (const imported of imports) {
      if (imported.kind !== 'require-call' || !duplicateInputs.has(imported.path)) continue;
      const from = packageOf(importer);
      const to = packageOf(imported.path);
      if (from !== to && !duplicated.has(from)) causes.add(`${from} require()s ${to}`);
    }
  }

  const byBytes = <T extends { bytes: number }>(a: T, b: T) => b.bytes - a.bytes;
  return {
    largestInputs: inputs.sort(byBytes).slice(0, top),
    largestPackages: [...packages]
      .map(([name, bytes]) => ({ name, bytes, share: bytes / total }))
      .sort(byBytes)
      .slice(0, top),
    duplicatedPackages: [...duplicated].map(([name, bytes]) => ({ name, bytes })).sort(byBytes),
    duplicateCauses: [...causes].sort(),
  };
}
