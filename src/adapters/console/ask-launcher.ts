/**
 * Starts the bundled `ask` CLI (dist/bundle/ask.cjs) from V8's code cache when the build left one
 * beside it: a new process then skips parsing and compiling the bundle and the functions a
 * run needs (about 20 ms of each start). The cache is made by `npm run build` on the machine that
 * runs it (`--write-code-cache`, see scripts/write-ask-cache.mjs); a missing, stale or foreign cache
 * is ignored by V8 and the bundle compiles as usual. Answers are the same either way. Bundled as
 * CommonJS (dist/bundle/ask-run.cjs, by scripts/build-ask.mjs): Node starts a .cjs entry without its
 * ES module loader, about 5 ms sooner.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

/**
 * One `ask` run is short and mostly warm-up, and V8's optimising compiler, which runs beside it on
 * another core, spends more CPU inlining the parser and matcher into their callers than the inlined
 * code saves in a run of that length (20k distinct questions, 2 cores: total CPU 1.53 -> 1.31 s, wall
 * 1.00 -> 0.95 s). Compiler tuning only, for this process only (not the bot), so answers are the
 * same. Set before the bundle is compiled: the code cache is only accepted under the flags it was made with.
 */
setFlagsFromString('--no-turbo-inlining');

const WRITE_FLAG = '--write-code-cache';
const bundle = fileURLToPath(new URL('./ask.cjs', import.meta.url));
const cacheFile = `${bundle}.cache`;

function readCache(): Buffer | undefined {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

// The bundle is pure ASCII (scripts/ascii-bundle.mjs), so reading it as latin1 gives V8 a one-byte string.
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(bundle, 'latin1')}\n})`, {
  filename: bundle,
  cachedData: readCache(),
});
if (process.argv.includes(WRITE_FLAG)) {
  process.argv.splice(process.argv.indexOf(WRITE_FLAG), 1);
  // At exit the cache also holds the functions the run compiled, not only the top level.
  process.on('exit', () => writeFileSync(cacheFile, script.createCachedData()));
}
const module = { exports: {} };
script.runInThisContext().call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
