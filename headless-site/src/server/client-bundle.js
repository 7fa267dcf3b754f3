// The browser bundle (src/client.js with React and @magnolia/react-editor), built in memory by esbuild
// when the site starts: no build step, nothing generated in the tree.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export async function buildClientBundle() {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../client.js', import.meta.url))],
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0].contents;
}
