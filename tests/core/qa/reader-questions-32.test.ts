import { describe, expect, it } from 'vitest';
import { answerAbout } from './answer-about.js';

// Invented articles in the export layout; their words appear in no rule of the engine.

// One about two towns joining forces ("Allianz") with a stated priority ("Oberste Priorität hat …").
const towns = answerAbout(`Erstellt von - Uhr

Gemeinsam gegen das Hochwasser: Rittbach und Selfingen schließen Allianz

Die Nachbarstädte Rittbach und Selfingen wollen künftig zusammenarbeiten. Die Allianz soll vor allem Geld sparen.

Beide Stadträte stimmten am Montag dem Vertrag zu. Gemeinsam wollen die Städte einen Bauhof, eine Kläranlage und eine Feuerwache betreiben.

Was haben die Städte vor?

Oberste Priorität hat für beide Bürgermeister der Hochwasserschutz an der Ritt. Bis 2029 sollen Deiche und ein Rückhaltebecken entstehen.

Die Kläranlage in Selfingen soll 2027 geschlossen werden, das Abwasser fließt dann nach Rittbach.

/news.de/dpa
`, 'allianz-rittbach-selfingen.de.txt', { withCitations: false });

describe('reader questions 32', () => {
  it('reads "Bündnis" as the "Allianz" the article names', () => {
    expect(towns('Was soll das Bündnis bringen?')).toContain('Geld sparen');
  });
  it('reads "am wichtigsten" as what has priority', () => {
    expect(towns('Was ist den Städten am wichtigsten?')).toContain('Hochwasserschutz');
  });
});
