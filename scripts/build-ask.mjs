/**
 * Build step after tsc: bundles the `ask` CLI (dist/bundle/ask.cjs) and its launcher (dist/bundle/ask-run.cjs), and
 * writes the OpenThesaurus tables beside the bundle as data files. The bundle takes adapters/console/ask-thesaurus-files.js
 * in place of core/text/thesaurus.js, so the tables (2 MB of thesaurus.de.ts) are read from those files on first use
 * instead of being compiled into the bundle and its code cache. Usage: node scripts/build-ask.mjs
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const out = join(dist, 'bundle');
mkdirSync(out, { recursive: true });

/** The thesaurus data files and the tables of thesaurus.de.ts they hold (read by adapters/console/ask-thesaurus-files.ts). */
const thesaurus = await import(pathToFileURL(join(dist, 'core', 'text', 'thesaurus.de.js')).href);
const { HYPONYMS } = await import(pathToFileURL(join(dist, 'core', 'text', 'hyponyms.de.js')).href);
const dataFiles = {
  'thesaurus-groups.de.txt': thesaurus.THESAURUS_GROUPS, 'thesaurus-index.de.txt': thesaurus.THESAURUS_INDEX, 'not-nouns.de.txt': thesaurus.NOT_NOUNS,
  'hyponyms.de.txt': HYPONYMS,
};
for (const [name, text] of Object.entries(dataFiles)) {
  // Read back as latin1: any non-ASCII char would change the text.
  if (!/^[\x00-\x7f]*$/.test(text)) throw new Error(`${name}: the thesaurus table is not ASCII`);
  writeFileSync(join(out, name), text, 'latin1');
}

const coreThesaurus = join(dist, 'core', 'text', 'thesaurus.js');
const thesaurusFiles = {
  name: 'thesaurus-files',
  setup(builder) {
    builder.onResolve({ filter: /\/thesaurus\.js$/ }, ({ path, resolveDir }) => (join(resolveDir, path) === coreThesaurus
      ? { path: join(dist, 'adapters', 'console', 'ask-thesaurus-files.js') }
      : undefined));
  },
};

const common = { bundle: true, platform: 'node', logLevel: 'warning' };
const cli = await build({
  ...common,
  entryPoints: [join(dist, 'adapters', 'console', 'ask-cli.js')],
  format: 'cjs',
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "var __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  outfile: join(out, 'ask.cjs'),
  plugins: [thesaurusFiles],
  metafile: true,
});
const inputs = Object.keys(cli.metafile.inputs);
if (inputs.some((input) => input.endsWith('thesaurus.de.js') || input.endsWith('hyponyms.de.js')) || !inputs.some((input) => input.endsWith('ask-thesaurus-files.js'))) {
  throw new Error('the ask bundle should read the thesaurus from its data files, not hold thesaurus.de.js or hyponyms.de.js');
}
// The launcher is CommonJS too: Node starts a .cjs entry about 5 ms sooner than an ES module (no ESM loader).
await build({
  ...common,
  entryPoints: [join(dist, 'adapters', 'console', 'ask-launcher.js')],
  format: 'cjs',
  define: { 'import.meta.url': '__launcherUrl' },
  banner: { js: "var __launcherUrl = require('node:url').pathToFileURL(__filename).href;" },
  outfile: join(out, 'ask-run.cjs'),
});
// The ES module launcher of earlier builds.
rmSync(join(out, 'ask.mjs'), { force: true });
