import { describe, expect, it } from 'vitest';
import { alternativesIn, answerAbout } from './answer-about.js';
import { parseArticle } from '../../../src/content/parse-article.js';
import { createQaEngine } from '../../../src/core/qa/engine.js';

// Invented articles in the export layout; their words appear in no rule of the engine.

// One about a barn fire whose cause is told in a paragraph of its own, without the word "Feuer".
const barnFire = answerAbout(`Erstellt von - Uhr

Scheune in Ostheim abgebrannt

In der Nacht zum Freitag ist in Ostheim eine Scheune niedergebrannt. Die Flammen zerstörten auch zwei Traktoren. Der Schaden liegt bei rund 200.000 Euro.

Rund 60 Feuerwehrleute waren bis zum Morgen im Einsatz. Verletzt wurde niemand.

Die Polizei geht von einem technischen Defekt an einer Heizung im Stall aus.

/news.de/dpa
`, 'scheune-ostheim.de.txt', { withCitations: false });

// One about a gas leak whose cause is not known yet.
const gasLeak = answerAbout(`Erstellt von - Uhr

Gasalarm in der Grundschule Wellbach

Wegen Gasgeruchs ist am Dienstag die Grundschule Wellbach geräumt worden. 240 Kinder warteten zwei Stunden auf dem Sportplatz.

Die Ursache ist noch unklar. Die Stadtwerke prüfen die Leitungen im Keller.

/news.de/dpa
`, 'gasalarm-wellbach.de.txt', { withCitations: false });

// One about an inn, which it calls "Gasthof", and a quarrel, which it calls "Streit".
const inn = answerAbout(`Erstellt von - Uhr

Gasthof Linde in Ahrberg öffnet wieder

Der Gasthof Linde in Ahrberg öffnet am 3. Mai wieder. Zwei Jahre lang war er geschlossen.

Der Streit um die Parkplätze am Gasthof dauert seit 2019 an. Die Nachbarn klagen über Lärm.

/news.de/dpa
`, 'gasthof-ahrberg.de.txt', { withCitations: false });

// One about a bridge that will be "befahrbar" again and a hall the clubs may "nutzen" again.
const repairs = answerAbout(`Erstellt von - Uhr

Brücke und Sporthalle in Feldheim werden saniert

Die Brücke über die Lauter in Feldheim ist seit März gesperrt. Sie ist frühestens im Juli wieder befahrbar.

Auch die Sporthalle am Markt wird saniert. Ab Oktober können die Vereine die Halle wieder nutzen.

/news.de/dpa
`, 'sanierung-feldheim.de.txt', { withCitations: false });

describe('a verb and its adjective in -bar', () => {
  it('meets "befahren" by "befahrbar" and "nutzbar" by "nutzen"', () => {
    expect(repairs('Ab wann kann man die Brücke wieder befahren?')).toContain('Juli');
    expect(repairs('Ab wann ist die Sporthalle wieder nutzbar?')).toContain('Oktober');
  });
});

describe('a cause asked for by its noun', () => {
  it('answers "Was war die Ursache für X?" with the sentence that names the cause', () => {
    expect(barnFire('Was war die Ursache für das Feuer?')).toContain('technischen Defekt');
    expect(barnFire('Aus welchem Grund brannte die Scheune?')).toContain('technischen Defekt');
  });

  it('reads "die Brandursache" as the cause of the fire', () => {
    expect(barnFire('Was ist die Brandursache?')).toContain('technischen Defekt');
  });

  it('answers a cause asked with nothing else from the sentence that says it is unknown', () => {
    expect(gasLeak('was war die ursache fuer das ganze')).toContain('noch unklar');
  });
});

describe('everyday words for what the article names otherwise', () => {
  it('meets "Kneipe" by "Gasthof" and "Ärger" by "Streit"', () => {
    expect(inn('Wann macht die Kneipe wieder auf?')).toContain('3. Mai');
    expect(inn('Seit wann gibt es den Ärger schon?')).toContain('2019');
  });
});

describe('a surname ending in a noun', () => {
  const alternatives = alternativesIn(`Erstellt von - Uhr

Streit um Carport in Wiesloh

Ein Feuerwehrmann aus Wiesloh streitet mit der Stadt um seinen Carport. Sein Anwalt Tobias Renzelmann hat Klage eingereicht.

/news.de/dpa
`, 'carport-wiesloh.de.txt');

  it('is no compound of that noun: "der Mann" meets "Feuerwehrmann", not "Renzelmann"', () => {
    const keys = alternatives('Was will der Mann erreichen?', 'mann').flat();
    expect(keys).toContain('feuerwehrmann');
    expect(keys).not.toContain('renzelmann');
  });

  it('is not met by that noun where the article has no compound of it either', () => {
    const onlyTheName = alternativesIn(`Erstellt von - Uhr

Streit um Carport in Wiesloh

Ein Nachbar aus Wiesloh streitet mit der Stadt um seinen Carport. Sein Anwalt Tobias Renzelmann hat Klage eingereicht.

/news.de/dpa
`, 'carport-wiesloh.de.txt');
    expect(onlyTheName('Was will der Mann erreichen?', 'mann').flat()).not.toContain('renzelmann');
  });
});

// One about a noise wall and a ruling against its owner, and one about a fire in a workshop.
const noiseWall = answerAbout(`Erstellt von - Uhr

Urteil im Streit um Lärmschutz in Kellerbach

Das Amtsgericht Kellerbach hat einem Spediteur auferlegt, nachts keine Lastwagen mehr auf seinem Hof zu beladen. Die Anwohner hatten geklagt.

Der Spediteur hatte im Frühjahr eine Lärmschutzwand aus Holz aufgestellt. Ein Gutachter hielt sie für nahezu wirkungslos, weil sie nur zwei Meter hoch ist.

Der Spediteur ist enttäuscht. Gegen die Entscheidung kann innerhalb eines Monats Berufung eingelegt werden.

/news.de/dpa
`, 'laermschutz-kellerbach.de.txt', { withCitations: false });

const workshopFire = answerAbout(`Erstellt von - Uhr

Werkstatt in Rodenau ausgebrannt

Eine Autowerkstatt in Rodenau ist in der Nacht zum Sonntag ausgebrannt. Der Schaden liegt bei 400.000 Euro.

Das Feuer war gegen 3.15 Uhr in der Lackiererei ausgebrochen. Eine Nachbarin hatte die Feuerwehr gerufen.

/news.de/dpa
`, 'werkstatt-rodenau.de.txt', { withCitations: false });

describe('idioms of effect, appeal and fire', () => {
  it('reads "bringt nix" as without effect, and meets "Holzwand" by "Lärmschutzwand aus Holz"', () => {
    expect(noiseWall('Warum bringt die Holzwand nix?')).toContain('zwei Meter');
  });

  it('reads "gegen das Urteil vorgehen" as an appeal', () => {
    expect(noiseWall('Kann er noch gegen das Urteil vorgehen?')).toContain('Berufung');
  });

  it('reads "angefangen zu brennen" as the fire breaking out', () => {
    expect(workshopFire('wann hat es angefangen zu brennen')).toContain('3.15 Uhr');
    expect(workshopFire('Wann fing die Werkstatt an zu brennen?')).toContain('3.15 Uhr');
  });
});

// One about hens that must be shut in at night, with a fox on "einem Abend".
const hens = answerAbout(`Erstellt von - Uhr

Fuchs in Gellberg: Hühner müssen in den Stall

Im Streit um einen Hühnerhof in Gellberg hat die Gemeinde eine Regel erlassen. Zwischen 20 und 6 Uhr müssen die Hühner im Stall bleiben.

An einem Abend hatte ein Fuchs drei Hühner gerissen. Der Halter will nun einen höheren Zaun bauen.

/news.de/dpa
`, 'huehner-gellberg.de.txt', { withCitations: false });

describe('a part of the day in a question asking when', () => {
  it('says which time is meant and need not be in the answer', () => {
    expect(hens('ab wann müssen die hühner abends rein')).toContain('20 und 6 Uhr');
  });
});

describe('a word in lower case in a question with capitals', () => {
  const alternatives = alternativesIn(`Erstellt von - Uhr

FV Lindach gewinnt im Pokal

Der FV Lindach hat im Pokal gewonnen. Das Siegtor erzielte Dominik Sauter in der 114. Minute.

Viele Fans sind verärgert, weil das nächste Spiel im 80 Kilometer entfernten Ostenfurt stattfindet. Sauter will trotzdem jubeln.

/news.de/dpa
`, 'pokal-lindach.de.txt');

  it('is no name misspelt: "sauer" is not "Sauter"', () => {
    expect(alternatives('Warum sind manche Fans sauer?', 'sauer').flat()).not.toContain('saut');
  });
});

describe('a noun the headline alone uses', () => {
  const robbery = answerAbout(`Erstellt von - Uhr

Postbote in Adelsried überfallen

Ein 58 Jahre alter Briefträger ist am Montag in Adelsried überfallen worden. Zwei Männer rissen ihm die Tasche weg.

Die Polizei sucht Zeugen. Der Mann blieb unverletzt.

/news.de/dpa
`, 'ueberfall-adelsried.de.txt', { withCitations: false });

  it('is also met by its synonyms in the text ("Postbote" ~ "Briefträger")', () => {
    expect(robbery('Wie alt ist der Postbote?')).toContain('58 Jahre');
  });
});

describe('a bare "Und wann?" after an answer quoting a paragraph that goes on with the one before', () => {
  const engine = createQaEngine([parseArticle(`Erstellt von - Uhr

Bürgermeisterin von Helmsdorf tritt zurück

Überraschung im Rathaus: Die Bürgermeisterin hört nach sechs Jahren auf.

Die Bürgermeisterin von Helmsdorf, Anke Rosner, gibt ihr Amt auf. Kurz vor ihrem Rücktritt hat sie die Arbeit im Gemeinderat scharf kritisiert.

Die Arbeit im Gemeinderat sei völlig blockiert, schrieb sie in einem Gastbeitrag für die Zeitung "Helmsdorfer Bote".

Eine Nachfolgerin soll im Herbst gewählt werden.

/news.de/dpa
`, 'ruecktritt-helmsdorf.de.txt')]);

  it('takes the time from the sentence that paragraph goes on from', () => {
    const where = engine.answer('Wo hat sie das geschrieben?');
    expect(where.text).toContain('Helmsdorfer Bote');
    expect(engine.answer('Und wann?', { previous: { question: 'Wo hat sie das geschrieben?', answer: where.text } }).text).toContain('Kurz vor ihrem Rücktritt');
  });
});

describe('a number counting the thing asked about', () => {
  const careHome = answerAbout(`Erstellt von - Uhr

Pflege-WG in Ostermoor schließt

Die Intensivpflege-WG in Ostermoor macht zum Jahresende zu. Das hat der Betreiber den Bewohnern in einem Brief mitgeteilt.

Im Schnitt kostet die Versorgung eines Bewohners rund 25.000 Euro im Monat. Die Kassen zahlen seit einer Reform weniger.

In der WG leben acht Menschen, die rund um die Uhr beatmet werden. Für sie sucht der Betreiber neue Plätze.

/news.de/dpa
`, 'pflege-wg-ostermoor.de.txt', { withCitations: false });

  it('answers a count question by it though its sentence covers the question a little less well', () => {
    expect(careHome('Wie viele Bewohner sind betroffen?')).toContain('acht Menschen');
  });
});

describe('the suspect of a court story', () => {
  const trial = answerAbout(`Erstellt von - Uhr

Prozess in Lindau: Mann soll Rentner betrogen haben

Vor dem Amtsgericht Lindau hat der Prozess gegen einen 41 Jahre alten Mann begonnen. Die Staatsanwaltschaft wirft Jens K. Betrug in 23 Fällen vor.

Der Angeklagte soll sich am Telefon als Enkel ausgegeben haben. Der Schaden liegt bei 86.000 Euro.

Ein Urteil wird für den 4. März erwartet.

/news.de/dpa
`, 'prozess-lindau.de.txt', { withCitations: false });

  it('is the one person the article names by first name and initial, as the press names suspects', () => {
    expect(trial('Wie heißt der Angeklagte?')).toContain('Jens K.');
  });
});

describe('a role asked for by another head with the same modifier', () => {
  const rents = answerAbout(`Erstellt von - Uhr

Mieten in der Lindensiedlung steigen

Die Wohnungsgesellschaft Ahlen erhöht in der Lindensiedlung die Mieten um zwölf Prozent. Betroffen sind 340 Wohnungen.

"Viele hier leben von einer kleinen Rente", sagte die Mieterbeiratsvorsitzende Petra Gohl. Sie fordert, die Erhöhung über drei Jahre zu strecken.

/news.de/dpa
`, 'mieten-ahlen.de.txt', { withCitations: false });

  it('meets "Vertreterin" by the article\'s "-vorsitzende" ("Mietervertreterin" ~ "Mieterbeiratsvorsitzende")', () => {
    expect(rents('Was fordert die Mietervertreterin?')).toContain('drei Jahre zu strecken');
  });
});

describe('opening hours', () => {
  const museum = (hours: string) => answerAbout(`Erstellt von - Uhr

Heimatmuseum Kettwig zeigt Blechspielzeug

Das Heimatmuseum in Kettwig bekommt eine Sammlung von 400 Blechfiguren geschenkt. Gezeigt werden sie ab Mai 2026 in einem eigenen Raum.
${hours}
Der Eintritt kostet vier Euro.

/news.de/dpa
`, 'museum-kettwig.de.txt', { withCitations: false });

  it('are a time of the clock: a month the article gives is none', () => {
    expect(museum('')('Zu welchen Zeiten hat das Heimatmuseum geöffnet?')).toBe('abstained');
    expect(museum('\nDas Museum ist dienstags bis sonntags von 10 bis 17 Uhr geöffnet.\n')('Zu welchen Zeiten hat das Heimatmuseum geöffnet?')).toContain('10 bis 17 Uhr');
  });
});

describe('a firm of a kind asked for by name', () => {
  const brewery = (lender: string) => answerAbout(`Erstellt von - Uhr

Brauerei Hallwang baut neue Abfüllanlage

Die Brauerei Hallwang investiert 2,4 Millionen Euro in eine neue Abfüllanlage. ${lender} gibt eine Million Euro als Kredit, den Rest bringen die Inhaber auf.

Die Anlage soll im Herbst laufen.

/news.de/dpa
`, 'brauerei-hallwang.de.txt', { withCitations: false });

  it('is named as one of that kind, not by another firm\'s name in the passage', () => {
    expect(brewery('Die Hausbank')('Welche Bank gibt der Brauerei den Kredit?')).toBe('abstained');
    expect(brewery('Die Volksbank Ostalb')('Welche Bank gibt der Brauerei den Kredit?')).toContain('Volksbank Ostalb');
  });
});

describe('a laboratory asked for by name', () => {
  const forgery = answerAbout(`Erstellt von - Uhr

Gefälschtes Gemälde in Marbach entdeckt

Ein angebliches Ölbild von Karl Weiler ist eine Fälschung. Ein Sammler hatte es für 30.000 Euro gekauft.

Ein Labor hat das Gemälde untersucht. Das Labor fand in der Farbe ein Pigment, das es erst seit 1950 gibt.

/news.de/dpa
`, 'faelschung-marbach.de.txt', { withCitations: false });

  it('is not named by "Das Labor fand …"', () => {
    expect(forgery('Welches Labor hat das Gemälde untersucht?')).toBe('abstained');
  });
});
