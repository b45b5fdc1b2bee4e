import { describe, expect, it } from 'vitest';
import { answerAbout } from './answer-about.js';

// An invented article in the export layout; its words appear in no rule of the engine.
const crash = answerAbout(`Erstellt von - Uhr

Unfall auf der B 27: Lkw kippt in Kurve um

Auf der B 27 bei Hornstetten ist ein Lastwagen umgekippt. Zwei Menschen wurden verletzt.

Der Fahrer des Lkw erlitt schwere Verletzungen. Er wurde mit dem Rettungshubschrauber in eine Klinik geflogen.

Die Beifahrerin kam mit einer Prellung und einer Schnittwunde am Arm davon. Die Straße war fünf Stunden gesperrt.

/news.de/dpa
`, 'lkw-b27.de.txt', { withCitations: false });

describe('reader questions on invented articles (thirtieth set)', () => {
  it('answers "Welche X" by the narrower words the article names, though it has the word X elsewhere', () => {
    expect(crash('Welche Verletzungen hat die Beifahrerin?')).toContain('Prellung und einer Schnittwunde');
  });
});
