import { describe, expect, it } from 'vitest';
import { answerAbout } from './answer-about.js';

// Invented articles in the export layout; their words appear in no rule of the engine.

// One counting children of an age ("18 Fünfjährigen") beside a trainer whose own age it does not give.
const gym = answerAbout(`Erstellt von - Uhr

Kinderturnen in Wessling: Lange Warteliste

Der TSV Wessling kann nicht alle Kinder aufnehmen, die turnen wollen. Auf der Warteliste stehen 64 Kinder.

Trainerin Maria Böll leitet selbst zwei Gruppen. "Dienstags turne ich mit 18 Fünfjährigen", sagte sie.

Der Verein sucht dringend weitere Übungsleiter.

/news.de/dpa
`, 'kinderturnen-wessling.de.txt', { withCitations: false });

describe('reader questions (thirty-fifth set)', () => {
  it('does not read a number of children of an age ("18 Fünfjährigen") as the age of the one asked about', () => {
    expect(gym('Wie alt ist Maria Böll?')).toBe('abstained');
    expect(gym('Wie alt ist die Trainerin?')).toBe('abstained');
  });
});
