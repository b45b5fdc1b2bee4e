import { describe, expect, it } from 'vitest';
import { answerAbout } from './answer-about.js';

// Invented articles in the export layout; their words appear in no rule of the engine.

// One naming the hall only as a compound of the question's noun and verb ("Kletterhalle").
const climbing = answerAbout(`Erstellt von - Uhr

Alpenverein Bornstedt baut neue Kletterhalle

Der Alpenverein Bornstedt baut im Gewerbegebiet Nord eine Kletterhalle. Sie soll vom 1. April an geöffnet sein und kostet 1,2 Millionen Euro.

Bisher trainieren die Mitglieder in einer Turnhalle der Gesamtschule. Dort dürfen sie nur zweimal in der Woche an die Wand, sagte der Vorsitzende Ralf Kessing.

Auch draußen wird geklettert: Am Bornstedter Felsen gibt es 40 Routen. Im Winter sind sie aber seit Jahren gesperrt.

/news.de/dpa
`, 'kletterhalle-bornstedt.de.txt', { withCitations: false });

describe('reader questions (thirty-fourth set)', () => {
  it('reads two words of the question as the article\'s compound of both ("in der Halle klettern" ~ "Kletterhalle")', () => {
    expect(climbing('Ab wann kann man in der Halle klettern?')).toContain('1. April');
  });
});
