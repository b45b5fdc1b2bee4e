import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HYPONYMS } from '../../../src/core/text/hyponyms.de.js';
import { NOT_NOUNS, THESAURUS_GROUPS, THESAURUS_INDEX } from '../../../src/core/text/thesaurus.de.js';
import { ROOT, runEntry } from '../../helpers/run-process.js';

// `npm run ask` runs the bundle the build makes (`npm ci` builds it): the launcher, the bundle, V8's code cache
// and the thesaurus tables the bundle reads from data files (scripts/build-ask.mjs).
const BUNDLE = join(ROOT, 'dist/bundle');
const QUESTIONS = 'Was bekommt Kim?\nWer hat das Foto gemacht?\n\nWie wird das Wetter morgen?\n';
// An absolute article path: a copy of the bundle elsewhere has no content folder beside it.
const ARTICLE = join(ROOT, 'src/content/articles/putin-kim-nordkorea.de.txt');

function runBundle(dir: string, input: string) {
  const result = spawnSync(process.execPath, [join(dir, 'ask-run.cjs'), '--json', '--stdin', '--article', ARTICLE], { cwd: ROOT, input, encoding: 'utf8', timeout: 30_000, env: { ...process.env, LOG_LEVEL: 'silent' } });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe('ask bundle (npm run ask)', () => {
  it('was built with its code cache (run npm run build if this fails)', () => {
    for (const file of ['ask-run.cjs', 'ask.cjs', 'ask.cjs.cache', 'thesaurus-groups.de.txt', 'thesaurus-index.de.txt', 'not-nouns.de.txt', 'hyponyms.de.txt']) {
      expect(existsSync(join(BUNDLE, file)), file).toBe(true);
    }
  });

  it('reads the thesaurus tables of thesaurus.de.ts and hyponyms.de.ts from its data files', () => {
    const table = (file: string) => readFileSync(join(BUNDLE, file), 'latin1');
    expect(table('thesaurus-groups.de.txt') === THESAURUS_GROUPS).toBe(true);
    expect(table('thesaurus-index.de.txt') === THESAURUS_INDEX).toBe(true);
    expect(table('not-nouns.de.txt') === NOT_NOUNS).toBe(true);
    expect(table('hyponyms.de.txt') === HYPONYMS).toBe(true);
  });

  it('answers exactly as the CLI run from source', () => {
    const fromSource = runEntry('src/adapters/console/ask-cli.ts', ['--json', '--stdin', '--article', ARTICLE], QUESTIONS);
    const fromBundle = runBundle(BUNDLE, QUESTIONS);
    expect(fromBundle.status).toBe(0);
    expect(fromBundle.stderr).toBe('');
    expect(fromBundle.stdout).toBe(fromSource.stdout);
  });

  it('names a missing data file and the fix, without a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ask-bundle-'));
    for (const file of readdirSync(BUNDLE).filter((name) => name !== 'not-nouns.de.txt')) copyFileSync(join(BUNDLE, file), join(dir, file));
    const run = runBundle(dir, QUESTIONS);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('not-nouns.de.txt');
    expect(run.stderr).toContain('npm run build');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('ignores a corrupt code cache and answers the same', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ask-bundle-'));
    for (const file of readdirSync(BUNDLE).filter((name) => !name.endsWith('.cache'))) copyFileSync(join(BUNDLE, file), join(dir, file));
    writeFileSync(join(dir, 'ask.cjs.cache'), 'not a code cache');
    const run = runBundle(dir, QUESTIONS);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(runBundle(BUNDLE, QUESTIONS).stdout);
  });
});
