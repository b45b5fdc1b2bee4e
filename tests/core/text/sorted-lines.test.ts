import { describe, expect, it } from 'vitest';
import { SortedLines } from '../../../src/core/text/sorted-lines.js';

const table = ['abend 1 2', 'bahn 3', 'bahnhof 4 5', `firma ${'werkstatt '.repeat(500)}brauerei`, 'haus 6', 'zug 7'].join('\n');

describe('a sorted table searched by the first word of its lines', () => {
  const lines = new SortedLines(table);

  it('finds the line of a key, also beside a line thousands of characters long, and the first and last lines', () => {
    expect(lines.lineOf('bahn')).toBe('bahn 3');
    expect(lines.lineOf('haus')).toBe('haus 6');
    expect(lines.lineOf('firma')?.endsWith('brauerei')).toBe(true);
    expect(lines.lineOf('abend')).toBe('abend 1 2');
    expect(lines.lineOf('zug')).toBe('zug 7');
  });

  it('finds nothing for a key that only starts a listed word, or that no line has', () => {
    expect(lines.lineOf('bah')).toBeNull();
    expect(lines.lineOf('werkstatt')).toBeNull();
    expect(lines.lineOf('zzz')).toBeNull();
    expect(lines.lineOf('aaa')).toBeNull();
  });

  it('gives the offset of the first line at or after a prefix, or the end of the table', () => {
    expect(table.slice(lines.firstFrom('bah'), lines.firstFrom('bah') + 6)).toBe('bahn 3');
    expect(table.slice(lines.firstFrom('fo'), lines.firstFrom('fo') + 4)).toBe('haus');
    expect(lines.firstFrom('zz')).toBe(table.length);
  });

  it('reads a table ending in a newline, and an empty one', () => {
    expect(new SortedLines('a 1\nb 2\n').lineOf('b')).toBe('b 2');
    expect(new SortedLines('').lineOf('a')).toBeNull();
  });
});
