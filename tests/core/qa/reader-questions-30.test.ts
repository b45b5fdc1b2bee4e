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

// One naming a bonus for train drivers and a trainee's pay, but no driver's pay.
const rail = answerAbout(`Erstellt von - Uhr

Lokführermangel: Weserland-Bahn streicht Fahrten

Der Weserland-Bahn fehlen Lokführer. Ab Montag fallen auf der Linie RB 12 jeden Tag acht Fahrten aus.

Die Weserland-Bahn bildet derzeit neun neue Lokführer aus. Zusätzlich will das Unternehmen mit einer Prämie von 4.000 Euro Lokführer von anderen Bahnen anwerben.

Für die Azubis gibt es im ersten Lehrjahr 1.150 Euro brutto im Monat.

/news.de/dpa
`, 'weserland-bahn.de.txt', { withCitations: false });

describe('reader questions on invented articles (thirtieth set)', () => {
  it('answers "Welche X" by the narrower words the article names, though it has the word X elsewhere', () => {
    expect(crash('Welche Verletzungen hat die Beifahrerin?')).toContain('Prellung und einer Schnittwunde');
  });

  it('answers what someone earns only by pay (a salary word or a sum per month), not by a bonus or another sum', () => {
    expect(rail('Wie viel verdient ein Lokführer bei der Weserland-Bahn?')).toBe('abstained');
    expect(rail('Was verdient ein Azubi im ersten Lehrjahr?')).toContain('1.150 Euro brutto im Monat');
  });
});
