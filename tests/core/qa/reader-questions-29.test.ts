import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/content/parse-article.js';
import { createQaEngine } from '../../../src/core/qa/engine.js';
import { elliptic } from '../../../src/core/qa/follow-up.js';
import { answerAbout } from './answer-about.js';

// An invented article in the export layout; its words appear in no rule of the engine.
const text = `Erstellt von - Uhr

Heimatbühne Kranichsfeld: Rekord zum Jubiläum

Die Heimatbühne Kranichsfeld hat so viele Zuschauer gezählt wie nie. Der Verein feiert zugleich seinen Geburtstag.

Mehr als 9.000 Zuschauer sahen in diesem Sommer die Stücke der Heimatbühne, so viele wie nie seit der Gründung im Jahr 1952. Das sagte der Vorsitzende Gerd Wallbrecht am Sonntag.

Die Spielleiterin Anne Sommerfeld, Jahrgang 1979, probt mit 40 Darstellern.

/news.de/dpa
`;
const answer = answerAbout(text, 'heimatbuehne-kranichsfeld.de.txt', { withCitations: false });

// One more: a firm whose founding the text names in a compound ("Familienunternehmen"), its plain word beside another "seit".
const firm = answerAbout(`Erstellt von - Uhr

Mühlenwerke Haselbrück: Betrieb stellt Insolvenzantrag

Die Mühlenwerke Haselbrück sind zahlungsunfähig. 140 Beschäftigte bangen um ihre Stellen.

Das Unternehmen hat am Montag beim Amtsgericht einen Insolvenzantrag gestellt. Das Unternehmen steckt seit 2022 in Schwierigkeiten.

Das 1908 gegründete Familienunternehmen mahlt vor allem Dinkel und Roggen.

/news.de/dpa
`, 'muehlenwerke-haselbrueck.de.txt', { withCitations: false });

// One where a long compound's head is keyed short ("Ferienwohnungen" keys "ferienwohn"), beside a compound of "Zeit".
const rooms = answerAbout(`Erstellt von - Uhr

Jugendamt Tannbrück: Jugendliche ziehen vorübergehend um

Das Jugendamt Tannbrück bringt Jugendliche vorübergehend in Ferienwohnungen unter.

Der Kreis hat dafür in Seewalde sechs Ferienwohnungen angemietet. Die Betreuer arbeiten dort in Schichten, ihre Arbeitszeit liegt bei 39 Stunden.

/news.de/dpa
`, 'jugendamt-tannbrueck.de.txt', { withCitations: false });

// One counting the inhabitants of two places, neither the district the story is about.
const doctors = answerAbout(`Erstellt von - Uhr

Landarzt gesucht: Kreis Mooshagen zahlt Stipendien

Der Landkreis Mooshagen will mit Stipendien junge Hausärzte aufs Land holen.

Besonders betroffen ist die Samtgemeinde Hülsenbruch mit rund 11.000 Einwohnern. Dort ist jede zweite Praxis verwaist.

Am schlimmsten ist es in Kleinrode, einem Ortsteil der Gemeinde Eschbach mit 340 Einwohnern.

/news.de/dpa
`, 'landarzt-mooshagen.de.txt', { withCitations: false });

// One with a new price beside the old one, for follow-ups turning to the time before.
const mine = createQaEngine([parseArticle(`Erstellt von - Uhr

Besucherbergwerk Tannstollen: Eintritt wird teurer

Das Besucherbergwerk Tannstollen öffnet nach der Sanierung wieder.

Erwachsene zahlen künftig 14 Euro statt bisher 9,50 Euro, Kinder 7 Euro. Die Führung dauert eine Stunde.

/news.de/dpa
`, 'tannstollen.de.txt')]);

// One about a lake whose size it never gives, and a playground whose size it gives beside other figures.
const lake = answerAbout(`Erstellt von - Uhr

Sommer am Mühlsee: Badestelle und Spielplatz öffnen

Am Mühlsee beginnt die Badesaison. Der neue Spielplatz am Ufer ist fertig.

Der Mühlsee hat derzeit 19 Grad. Am Wochenende kamen 800 Badegäste an den Mühlsee.

Der Spielplatz ist 2.400 Quadratmeter groß und hat 12 Spielgeräte. Er kostete 180.000 Euro.

/news.de/dpa
`, 'muehlsee.de.txt', { withCitations: false });

// One naming a youth hostel only as "einer Jugendherberge", a clinic by its town, a camp by its name.
const trip = answerAbout(`Erstellt von - Uhr

Ruderclub Wiesental: Jugend holt Titel

Die Jugend des Ruderclubs Wiesental hat bei der Landesmeisterschaft gewonnen.

Die Mannschaft übernachtete während der Regatta in einer Jugendherberge. Sie legte die 1.000 Meter in 3:41 Minuten zurück.

Ein Betreuer stürzte am Steg und kam in eine Klinik nach Wolfsheim.

Im Sommer fährt die Gruppe ins Zeltlager "Birkenhain" am Heidesee.

/news.de/dpa
`, 'ruderclub-wiesental.de.txt', { withCitations: false });

// One about a landslide that hurt no one, which a reader may call by another word.
const slide = answerAbout(`Erstellt von - Uhr

Hangrutsch in Talbrück: Weinberg gerät ins Rutschen

Nach tagelangem Regen ist in Talbrück ein Weinberg ins Rutschen geraten. Verletzt wurde niemand.

Geröll verschüttete die Kreisstraße. Die Sperrung dauert mindestens drei Wochen.

Der Winzer Paul Reber schätzt den Schaden auf 200.000 Euro.

/news.de/dpa
`, 'hangrutsch-talbrueck.de.txt', { withCitations: false });

// One on a takeover that keeps the staff, in words no reader's question has.
const takeover = answerAbout(`Erstellt von - Uhr

Brauerei Kesselfeld: Familie verkauft an Getränkekonzern

Die Brauerei Kesselfeld wechselt nach 140 Jahren den Besitzer.

Der Käufer übernimmt alle 48 Beschäftigten. Betriebsbedingte Kündigungen soll es bis Ende 2028 nicht geben.

Das Bier soll weiter in Kesselfeld gebraut werden.

/news.de/dpa
`, 'brauerei-kesselfeld.de.txt', { withCitations: false });

// One where a mayor names the closure by a word of her own, beside the reporter's plain word.
const pool = answerAbout(`Erstellt von - Uhr

Hallenbad Grünsee: Bürgermeisterin lobt "Pause" - Eltern empört

Die Bürgermeisterin lobt die "gute Zusammenarbeit" bei der Schließung des Hallenbads.

Bürgermeisterin Karin Voss sprach von einer "schöpferischen Pause für das Hallenbad". Das Bad bleibt zwei Jahre zu.

/news.de/dpa
`, 'hallenbad-gruensee.de.txt', { withCitations: false });

// One with an ordinal and a span before nouns, and the count of the sick in other words than the question's.
const outbreak = answerAbout(`Erstellt von - Uhr

Legionellen in Bachheim: Kühlturm als Quelle gefunden

Das Gesundheitsamt hat die Quelle der Legionellen in Bachheim gefunden.

Zwischen Ansteckung und ersten Symptomen liegen meist zwei bis zehn Tage.

Insgesamt sind 23 Erkrankte gemeldet.

/news.de/dpa
`, 'legionellen-bachheim.de.txt', { withCitations: false });

// One where a span of days stands beside the maypole, and its length further on.
const maypole = answerAbout(`Erstellt von - Uhr

Maibaum geklaut: Oberried will Brotzeit als Auslöse

Drei Tage vor dem Maifest ist der Maibaum von Oberried verschwunden.

Der Maibaum ist eine 31 Meter hohe Fichte, geschmückt mit Zunftzeichen. Die Burschen aus dem Nachbarort haben ihn versteckt.

/news.de/dpa
`, 'maibaum-oberried.de.txt', { withCitations: false });

// One naming the story's centre by its own word where it says how long it exists, and by a plain word elsewhere.
const centre = answerAbout(`Erstellt von - Uhr

Dialysezentrum Kellbach: Umzug in den Neubau

Das Dialysezentrum Kellbach zieht um.

Das Zentrum in der Bahnhofstraße besteht seit 1986. Die Räume sind zu eng geworden.

Die Einrichtung behandelt derzeit 80 Patienten, in den vergangenen Jahren wurden es immer mehr.

/news.de/dpa
`, 'dialyse-kellbach.de.txt', { withCitations: false });

// One naming an owl only in the singular.
const owl = answerAbout(`Erstellt von - Uhr

Seltener Gast im Steinbruch Kalkberg: Sprengpause für den Nachwuchs

Im Steinbruch Kalkberg brütet ein Uhu. Bis Ende Juli darf dort nicht gesprengt werden.

Der Betrieb verliert dadurch rund 250.000 Euro.

/news.de/dpa
`, 'uhu-kalkberg.de.txt', { withCitations: false });

// One whose headline names the cable car the reader asks about.
const cableCar = answerAbout(`Erstellt von - Uhr

Seilbahn in Lindberg: Stadtrat stimmt für Bau

Lindberg bekommt eine Seilbahn auf den Hausberg. Der Stadtrat stimmte am Dienstag mit knapper Mehrheit dafür.

Die Seilbahn soll 14 Millionen Euro kosten und 2028 in Betrieb gehen. Die Grünen stimmten dagegen.

Die Gondeln der Seilbahn fassen je zehn Fahrgäste.

/news.de/dpa
`, 'seilbahn-lindberg.de.txt', { withCitations: false });

describe('reader questions about an invented article (session 26)', () => {
  it('does not take a year the text names beside a person ("seit der Gründung im Jahr 1952") for the person\'s age, but a birth year', () => {
    expect(answer('Wie alt ist Gerd Wallbrecht?')).toBe('abstained');
    expect(answer('Wie alt ist Anne Sommerfeld?')).toContain('Jahrgang 1979');
    expect(answer('Wie alt ist die Heimatbühne?')).toContain('im Jahr 1952');
  });

  it('answers "Seit wann gibt es …" by the founding ("Das 1908 gegründete Familienunternehmen") before another "seit" of the plain word', () => {
    expect(firm('Seit wann gibt es das Unternehmen?')).toContain('1908 gegründete');
  });

  it('meets "Wohnungen" in a compound the stemmer keys short ("Ferienwohnungen"), but "Zeitung" not in "Arbeitszeit"', () => {
    expect(rooms('Wo hat der Kreis die Wohnungen angemietet?')).toContain('in Seewalde sechs Ferienwohnungen');
    expect(rooms('Welche Zeitung hat berichtet?')).toBe('abstained');
  });

  it('does not give the inhabitants of another place ("Samtgemeinde Hülsenbruch mit rund 11.000 Einwohnern") for the place asked about', () => {
    expect(doctors('Wie viele Einwohner hat der Landkreis Mooshagen?')).toBe('abstained');
    expect(doctors('Wie viele Einwohner hat Hülsenbruch?')).toContain('11.000 Einwohnern');
    expect(doctors('Wie viele Einwohner hat Kleinrode?')).toContain('340 Einwohnern');
  });

  it('reads "Und vorher?" after a question of the time to come as asking the time before, and takes the earlier figure as its answer', () => {
    expect(elliptic('Und vorher?', 'Was zahlt ein Erwachsener künftig?')).toBe('Was zahlt ein Erwachsener vorher?');
    expect(elliptic('Und jetzt?', 'Was hat ein Erwachsener bisher gezahlt?')).toBe('Was hat ein Erwachsener gezahlt jetzt?');
    const question = 'Was zahlt ein Erwachsener künftig für den Eintritt?';
    const previous = { question, answer: mine.answer(question).text };
    const before = mine.answer('Und vorher?', { previous });
    expect(before.answered && before.text).toContain('statt bisher 9,50 Euro');
  });

  it('answers "Wie groß ist …" of a piece of ground or water by an area or a length, not by a temperature or a count', () => {
    expect(lake('Wie groß ist der Mühlsee?')).toBe('abstained');
    expect(lake('Wie groß ist der Spielplatz?')).toContain('2.400 Quadratmeter');
  });

  it('answers "In welchem Bundesland …" by a state the text names ("im niedersächsischen Landkreis"), else not at all', () => {
    expect(firm('In welchem Bundesland liegt Haselbrück?')).toBe('abstained');
    expect(answerAbout(`Erstellt von - Uhr

Mühlenwerke Haselbrück: Betrieb stellt Insolvenzantrag

Die Mühlenwerke Haselbrück im niedersächsischen Landkreis Oststade sind zahlungsunfähig.

/news.de/dpa
`, 'muehlenwerke-haselbrueck-2.de.txt', { withCitations: false })('In welchem Bundesland liegt Haselbrück?')).toContain('niedersächsischen');
  });

  it('answers "In welchem/welcher X …" by an X it names or places ("in eine Klinik nach Wolfsheim"), not by "in einer X" alone', () => {
    expect(trip('In welcher Jugendherberge übernachtete die Mannschaft?')).toBe('abstained');
    expect(trip('In welche Klinik kam der Betreuer?')).toContain('nach Wolfsheim');
    expect(trip('In welches Zeltlager fährt die Gruppe im Sommer?')).toContain('Birkenhain');
    expect(trip('In welcher Zeit ruderte die Mannschaft die 1.000 Meter?')).toContain('3:41 Minuten');
  });

  it('answers "Wurde bei dem Erdrutsch jemand verletzt?" by the article\'s "Verletzt wurde niemand", whatever the reader calls the event', () => {
    expect(slide('Wurde bei dem Erdrutsch jemand verletzt?')).toContain('Verletzt wurde niemand');
    expect(slide('Gab es Verletzte?')).toContain('Verletzt wurde niemand');
    expect(slide('Wie lange bleibt die Straße gesperrt?')).toContain('drei Wochen');
  });

  it('answers "Müssen die Mitarbeiter um ihren Job bangen?" by what the article says of dismissals, not by any sentence on the staff', () => {
    expect(takeover('Müssen die Mitarbeiter um ihren Job bangen?')).toContain('Kündigungen soll es bis Ende 2028 nicht geben');
    expect(takeover('Verlieren die Leute ihren Arbeitsplatz?')).toContain('Kündigungen soll es bis Ende 2028 nicht geben');
    expect(takeover('Wie viele Beschäftigte übernimmt der Käufer?')).toContain('alle 48 Beschäftigten');
  });


  it('answers "Wie bezeichnet X das Y?" by X\'s quotation holding a word of the question, not by the reporter\'s plain word', () => {
    expect(pool('Wie bezeichnet die Bürgermeisterin die Schließung des Hallenbads?')).toMatch(/^Bürgermeisterin Karin Voss sprach von einer "schöpferischen Pause/);
  });

  it('does not count people by an ordinal or a span ("ersten Symptomen", "zwei bis zehn Tage") for "Wie viele Leute …"', () => {
    expect(outbreak('Wie viele Leute haben sich angesteckt?')).not.toContain('zwei bis zehn Tage');
  });

  it('answers "Wie lang ist der Maibaum?" by a length, not by a span of days beside the word', () => {
    expect(maypole('Wie lang ist der Maibaum?')).toContain('31 Meter');
    expect(maypole('Wie lang ist der Maibaum?')).not.toContain('Drei Tage');
  });

  it('answers "Seit wann gibt es …" by the one sentence saying how long the story\'s thing exists ("besteht seit 1986")', () => {
    expect(centre('Seit wann gibt es die Einrichtung?')).toContain('besteht seit 1986');
  });

  it('meets a plural in -s after a vowel ("Uhus") in the singular the article has ("ein Uhu")', () => {
    expect(owl('Wo brüten die Uhus?')).toContain('Steinbruch Kalkberg brütet ein Uhu');
  });

  it('answers "Worum geht es bei der Seilbahn in Lindberg?" by the summary where the headline names what is asked about', () => {
    expect(cableCar('Worum gehts bei der Seilbahn in Lindberg?')).toContain('Worum es geht');
    expect(cableCar('Was passiert mit den Gondeln der Seilbahn?')).not.toContain('Worum es geht');
  });
});
