import { copyFileSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContentError } from '../../src/content/content-error.js';
import { createLibrary } from '../../src/content/library.js';
import { createRecordingAnswerer, SEED_FILE } from '../helpers/stories.js';

const dirs: string[] = [];
afterEach(() => { for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true }); });

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'library-'));
  dirs.push(dir);
  return dir;
}

const second = `Erstellt von - Uhr

Stadtrat: Haushalt für 2027 beschlossen

Der Stadtrat hat den Haushalt beschlossen. Die Opposition stimmte dagegen.

Der Haushalt umfasst 1,2 Milliarden Euro. "Wir investieren in Schulen", sagte Bürgermeisterin Anna Weber.

/news.de/dpa
`;

function libraryOn(dir: string) {
  const problems: ContentError[] = [];
  let builds = 0;
  const library = createLibrary({
    dir,
    createAnswerer: () => { builds++; return createRecordingAnswerer({ answered: false, text: '', citations: [] }); },
    onProblem: (error) => problems.push(error),
  });
  return { library, problems, builds: () => builds };
}

describe('article library', () => {
  it('loads the folder and makes the newest file the story', () => {
    const dir = folder();
    copyFileSync(SEED_FILE, join(dir, 'putin-kim-nordkorea.de.txt'));
    utimesSync(join(dir, 'putin-kim-nordkorea.de.txt'), new Date('2026-01-01'), new Date('2026-01-01'));
    writeFileSync(join(dir, 'haushalt.de.txt'), second);
    const { library } = libraryOn(dir);
    expect(library.all().map((article) => article.id)).toEqual(['putin-kim-nordkorea', 'haushalt']);
    expect(library.current()?.title).toBe('Haushalt für 2027 beschlossen');
    expect(library.get('putin-kim-nordkorea')?.agency).toBe('dpa');
  });

  it('picks up a new article on rescan without a restart, and rebuilds the answerer only then', () => {
    const dir = folder();
    copyFileSync(SEED_FILE, join(dir, 'a.de.txt'));
    const { library, builds } = libraryOn(dir);
    library.answerer();
    expect(library.rescan()).toBe(false);
    library.answerer();
    expect(builds()).toBe(1);
    const changes: number[] = [];
    library.onChange((articles) => changes.push(articles.length));
    writeFileSync(join(dir, 'b.de.txt'), second);
    expect(library.rescan()).toBe(true);
    library.answerer();
    expect(builds()).toBe(2);
    expect(changes).toEqual([2]);
  });

  it('skips a broken file, names it and the problem, and keeps serving the others', () => {
    const dir = folder();
    copyFileSync(SEED_FILE, join(dir, 'good.de.txt'));
    writeFileSync(join(dir, 'empty.de.txt'), '');
    writeFileSync(join(dir, 'binary.de.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    const { library, problems } = libraryOn(dir);
    expect(library.all().map((article) => article.id)).toEqual(['good']);
    expect(problems.map((problem) => problem.message).sort()).toEqual([
      expect.stringMatching(/binary\.de\.txt: the file is binary/),
      expect.stringMatching(/empty\.de\.txt: the file is empty/),
    ]);
  });

  it('explains a missing content folder with the variable that sets it', () => {
    expect(() => libraryOn(join(folder(), 'nope'))).toThrow(/CONTENT_DIR/);
  });
});
