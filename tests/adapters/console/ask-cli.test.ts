import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runEntry } from '../../helpers/run-process.js';

const ASK = 'src/adapters/console/ask-cli.ts';
const ask = (args: string[], input = '') => runEntry(ASK, args, input);
const jsonLines = (stdout: string) => stdout.trim().split('\n').map((line) => JSON.parse(line) as { answered: boolean; text: string; citations: { id: string; section: string; text: string }[] });

describe('ask CLI', () => {
  it('answers once in plain text, quoting the section that answers and naming it', () => {
    const { stdout, status, stderr } = ask(['Was bekommt Kim?']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/Flugzeuge|Getreide/);
    expect(stdout).toContain('Was bekommt Kim Jong Un von Wladimir Putin?');
  });

  it('prints exactly the documented JSON object with --json', () => {
    const [answer] = jsonLines(ask(['--json', 'Was braucht Pjöngjang immer?']).stdout);
    expect(Object.keys(answer!).sort()).toEqual(['answered', 'citations', 'text']);
    expect(answer!.answered).toBe(true);
    expect(answer!.citations[0]).toEqual({ id: expect.any(String), section: expect.any(String), text: expect.stringContaining('Geld und Getreide') });
  });

  it('reads a follow-up line with the person of the line before ("Und wie alt ist er?")', () => {
    const article = 'tests/fixtures/articles/kirchenchor-lindwerder.de.txt';
    const answers = jsonLines(ask(['--json', '--stdin', '--article', article], 'Wer dirigiert den Posaunenchor?\nUnd wie alt ist er?\n').stdout);
    expect(answers[0]!.text).toContain('Martin Öhler');
    expect(answers[1]!.text).toContain('44-Jährige');
  });

  it('answers one JSON line per stdin line, blank and hostile lines included, in one process', () => {
    const lines = ['Was bekommt Kim?', '', '<b>Was</b> & bekommt *Kim*?', 'x'.repeat(13_000), 'Wie wird das Wetter morgen in Berlin?', '`rm -rf /` [link](http://x)'];
    const { stdout, status } = ask(['--json', '--stdin'], `${lines.join('\n')}\n`);
    expect(status).toBe(0);
    const answers = jsonLines(stdout);
    expect(answers).toHaveLength(lines.length);
    expect(answers[0]!.answered).toBe(true);
    expect(answers[1]).toMatchObject({ answered: false, text: expect.stringContaining('Bitte stelle eine Frage') });
    expect(answers[2]!.answered).toBe(true);
    expect(answers[3]).toMatchObject({ answered: false, text: expect.stringContaining('zu lang (13000 Zeichen)') });
    expect(answers[4]).toMatchObject({ answered: false, text: expect.stringContaining('Dazu steht nichts im Artikel') });
    expect(answers[5]!.answered).toBe(false);
  });

  it('answers about another article with --article', () => {
    const [answer] = jsonLines(ask(['--json', '--article', 'tests/fixtures/articles/hitzewelle-sachsen.de.txt', 'Worum geht es?']).stdout);
    expect(answer!.answered).toBe(true);
    expect(answer!.text).toMatch(/Grad|Hitze/);
  });

  it('explains a broken article file in one line, without a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ask-'));
    const empty = join(dir, 'leer.txt');
    writeFileSync(empty, '');
    const binary = join(dir, 'bild.txt');
    writeFileSync(binary, Buffer.from([0xff, 0xd8, 0xff, 0, 0, 0x10, 0x4a, 0x46]));
    for (const [file, problem] of [[empty, 'empty'], [binary, 'binary'], [join(dir, 'fehlt.txt'), 'no such file']] as const) {
      const { stdout, stderr, status } = ask(['--article', file, 'Worum geht es?']);
      expect(status).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toContain(file);
      expect(stderr).toContain(problem);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('console bot (npm start without tokens)', () => {
  it('answers piped questions and exits at the end of input', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'console-'));
    const { stdout, status } = runEntry('src/main.ts', [], 'Was bekommt Kim?\n/abschnitte\n/quelle\n', { DATA_DIR: dataDir });
    expect(status).toBe(0);
    expect(stdout).toMatch(/Flugzeuge.*Getreide/s);
    expect(stdout).toContain('2. Was bekommt Kim Jong Un von Wladimir Putin?');
    expect(stdout).toContain('news.de/dpa');
  });

  it('stops with a message naming every bad variable', () => {
    const { stderr, status } = runEntry('src/main.ts', [], '', { HTTP_PORT: 'zwei', TIMEZONE: 'Berlin/Mitte' });
    expect(status).not.toBe(0);
    expect(stderr).toContain('HTTP_PORT');
    expect(stderr).toContain('TIMEZONE');
  });
});
