import { describe, expect, it } from 'vitest';
import { headKeyInCompound } from '../../../src/core/qa/compounds.js';
import { findNames } from '../../../src/core/text/names.js';
import { wordKeys } from '../../../src/core/text/keys.js';
import { alternativesIn, answerAbout } from './answer-about.js';

// An invented article in the export layout; its words appear in no rule of the engine.
const text = `Erstellt von - Uhr

Umgehung Hainbrück: Neue Trasse nach 30 Jahren frei - Feuerwehr rüstet auf

Seit Montag rollt der Durchgangsverkehr um Hainbrück herum. Die Anwohner der Hauptstraße atmen auf.

In Hainbrück bekommen die Anwohner der Mühlgasse neue Lärmschutzwände. Für die neue Trasse wurden 18 Hektar Wald gerodet, sagte Landrat Tobias Reinhold.

Die Trasse misst 7,2 Kilometer und endet an der Kreisstraße nach Oberweiler. Die nördlichen Ortsteile bekommen einen Rufbus. Bis 2027 werden an der Trasse alle 830 Straßenlaternen auf LED umgerüstet. Informationen gibt es im Rathaus.

Wer hat den Auftrag bekommen?

Den Auftrag für den zweiten Abschnitt erhielt die Firma Kessler Bau aus Ulm für 12 Millionen Euro.

Um den Auftrag gingen 14 Bewerbungen von Baufirmen aus ganz Süddeutschland ein.

Die Bauarbeiten am zweiten Abschnitt beginnen im Mai 2027. Ein Bauarbeiter wurde im März leicht verletzt und kam in die Kreisklinik Oberweiler.

Was ändert sich für die Feuerwehr?

Die Freiwillige Feuerwehr Hainbrück bekommt ein neues Tanklöschfahrzeug für 410.000 Euro. Die Freiwillige Feuerwehr Hainbrück hat 64 aktive Mitglieder.

Was sagen die Anwohner?

Die Anwohner der Mühlgasse fürchten, dass der Lärm an der neuen Brücke zunimmt. Zum Eröffnungsfest am Sonntag werden 3.000 Gäste erwartet. Die Eintrittspreise liegen zwischen 8 und 15 Euro. Karten gibt es im Rathaus.

Die Abiturzeugnisse der Gesamtschule werden wegen der Baustelle erst am 4. Juli ausgegeben. Die übrigen Zeugnisse gibt es wie geplant.

Das Freibad am Mühlbach schließt nach 52 Jahren zum Ende der Saison. Der letzte Badetag ist der 14. September. "Das tut weh", sagt Bäderchefin Helga Rautenberg über das Aus für das Freibad.

Oberweiler braucht nach Angaben des Kämmerers noch 2,1 Millionen Euro für die Kreisstraße. Oberste Priorität hat in Oberweiler aber der neue Radweg zum Bahnhof.

Oberweiler hat im Juni eine Ortsvorsteherin gewählt, die Grünen-Politikerin Mara Lenz. Die 38-jährige Architektin setzte sich mit 312 Stimmen durch.

Zur Eröffnung kam auch eine Delegation aus Veldoria, der Partnerstadt von Oberweiler. Das demokratisch regierte Land hat seit 1994 eine eigene Verfassung.

Die neuen Leuchten für die Trasse kommen aus Ulm.

Montiert werden die Leuchten von der Firma Lichtwerk Brandt.

Wegen der Bauarbeiten mussten 38 Bewohner der Mühlgasse für zwei Nächte ausziehen.

Die Spenden für den Radweg liegen auf einem Konto bei einer Bank in Oberweiler.

Der Sportverein Oberweiler bekommt von der Stadt einen Zuschuss von 5.000 Euro.

Beim Sportverein Oberweiler springt die Jugend ein: 40 Kinder helfen beim Aufbau der Tribüne.

Die Fertigung der Lärmschutzwände übernimmt das Betonwerk Kessler in Ulm.

Auf Luftbildern sind am Mühlbach neue Biberdämme zu sehen, was den Verdacht auf eine wachsende Biberkolonie erhärtet.

Zur Eröffnung der Trasse landete Unternehmer Gregor Vahl mit seinem Flugzeug auf dem Segelflugplatz Oberweiler.

Was wird aus dem Sportplatz?

Als erster Wettkampf auf dem neuen Kunstrasen ist im Mai ein Jugendturnier geplant. Die Stadt begründet das Aus für das Freibad mit Kosten von 1,4 Millionen Euro für eine neue Technik.

Folgen Sie News.de schon bei WhatsApp, Facebook, Twitter, Pinterest und YouTube? Hier finden Sie brandaktuelle News, spannende Videos und den direkten Draht zur Redaktion.

/news.de/dpa
`;

const answer = answerAbout(text, 'umgehung-hainbruck.de.txt', { withCitations: false });

describe('reader questions about an invented article (session 15)', () => {
  it('does not answer "wie lang" with an area: hectares are no length', () => {
    const reply = answer('Wie lang ist die neue Trasse?');
    expect(reply).toContain('7,2 Kilometer');
    expect(reply).not.toContain('Hektar');
  });

  it('reads "die Regierung in X" as X: the place stands for its government', () => {
    expect(answer('Was braucht die Regierung in Oberweiler?')).toContain('2,1 Millionen Euro');
  });

  it('reads "viel Wert legen auf" and "viel Gewicht geben" as priority', () => {
    expect(answer('Worauf legt man in Oberweiler besonders viel Wert?')).toContain('Radweg zum Bahnhof');
    expect(answer('Welchem Projekt gibt Oberweiler viel Gewicht?')).toContain('Radweg zum Bahnhof');
  });

  it('shares no head by a suffix alone ("südlichen" is no "nördlichen", "Ambitionen" no "Informationen")', () => {
    const keys = alternativesIn(text, 'umgehung-hainbruck.de.txt')('Was bekommen die südlichen Ortsteile?', 'suedlichen').flat();
    expect(keys.some((key) => key.startsWith('noerdlich'))).toBe(false);
    expect(alternativesIn(text, 'umgehung-hainbruck.de.txt')('Welche Ambitionen hat Oberweiler?', 'ambitionen').flat()).not.toContain('information');
  });

  it('meets a word of leading in any leader\'s role ("die Vorsitzende" ~ "Bäderchefin Helga Rautenberg")', () => {
    expect(answer('Wer ist die Vorsitzende vom Freibad?')).toContain('Rautenberg');
  });

  it('takes an age opening the next sentence ("Die 38-jährige Architektin …") as the age of the one the sentence before names', () => {
    expect(answer('Wie alt ist die Ortsvorsteherin?')).toContain('38-jährige');
  });

  it('keys a noun in -erne whole, so its compounds end in it ("Laternen" ~ "Straßenlaternen")', () => {
    expect(answer('Wie viele Laternen werden auf LED umgerüstet?')).toContain('830 Straßenlaternen');
  });

  it('meets a head at the end of a long compound, which the stemmer cuts more ("Krankenhaus" ~ "Klinik" ~ "Kreisklinik"), not a word it shortens to', () => {
    expect(headKeyInCompound('klinik')).toBe('klin');
    expect(headKeyInCompound('zeitung')).toBeNull();
    expect(answer('In welches Krankenhaus kam der Bauarbeiter?')).toContain('Kreisklinik Oberweiler');
  });

  it('meets "politisch" in a word naming a form of government ("das demokratisch regierte Land")', () => {
    expect(answer('Wie wird Veldoria politisch beschrieben?')).toContain('demokratisch regierte');
  });

  it('reads a word of evidence as the frame of a question ("Welche Hinweise gibt es auf …"), not as a thing the article must name', () => {
    expect(answer('Welche Hinweise gibt es auf eine wachsende Biberkolonie?')).toContain('Biberdämme');
  });

  it('meets "Herstellung" in "Fertigung" and "Produktion"', () => {
    expect(answer('Wer kümmert sich um die Herstellung der Lärmschutzwände?')).toContain('Betonwerk Kessler');
  });

  it('reads an idiom the article does not use as its plain words first, even where the words as asked find a passage', () => {
    const reply = answer('Was springt für den Sportverein raus?');
    expect(reply).toContain('Zuschuss von 5.000 Euro');
    expect(reply).not.toContain('Tribüne');
  });

  it('asks for a kind after a preposition too ("Von welcher Firma …", "Bei welcher Bank …"): "bei einer Bank" names none', () => {
    expect(answer('Von welcher Firma kommen die Leuchten?')).toContain('Lichtwerk Brandt');
    expect(answer('Bei welcher Bank liegt das Konto für die Spenden?')).toBe('abstained');
  });

  it('counts no "Einwohner" of a place by a number of its residents ("38 Bewohner der Mühlgasse")', () => {
    expect(answer('Wie viele Einwohner hat Hainbrück?')).toBe('abstained');
  });

  it('asks an area with "Wie viel Fläche …"', () => {
    expect(answer('Wie viel Fläche wurde gerodet?')).toContain('18 Hektar');
  });

  it('reads a long name without the place its bearer is in ("Freiwillige Feuerwehr Hainbrück" is the Feuerwehr, not Hainbrück)', () => {
    expect(findNames([text])).toContainEqual(['freiwillige', 'feuerwehr']);
    const reply = answer('Was bekommt die Feuerwehr?');
    expect(reply).toContain('Tanklöschfahrzeug');
    expect(reply).not.toContain('Lärmschutzwände');
  });

  it('meets a participle of an inseparable prefix verb without "ge" ("beworben" ~ "Bewerbungen")', () => {
    expect(wordKeys('beworben')).toContain(wordKeys('bewerben')[0]);
    expect(wordKeys('verboten')).toContain('verbot');
    expect(answer('Wie viele haben sich um den Auftrag beworben?')).toContain('14 Bewerbungen');
  });

  it('meets "Angst" in "fürchten"', () => {
    expect(answer('Wovor haben die Anwohner Angst?')).toContain('Lärm an der neuen Brücke');
  });

  it('takes a price compound of a synonym as what a thing costs ("Tickets" ~ "Eintrittspreise")', () => {
    expect(answer('Was kosten die Tickets?')).toContain('zwischen 8 und 15 Euro');
  });

  it('meets a compound with a clipped modifier in the full one, beside its head alone ("Abizeugnisse" ~ "Abiturzeugnisse")', () => {
    expect(answer('Wann gibts die Abizeugnisse?')).toContain('4. Juli');
  });

  it('adds a passage stating a reason when the best one for "Warum …" states none', () => {
    const reply = answerAbout(text, 'umgehung-hainbruck.de.txt', { withCitations: true })('Warum schließt das Freibad?');
    expect(reply).toContain('52 Jahren');
    expect(reply).toContain('1,4 Millionen Euro');
  });

  it('meets "Wettbewerb" in "Wettkampf"', () => {
    expect(answer('Welcher Wettbewerb findet als erster auf dem Kunstrasen statt?')).toContain('Jugendturnier');
  });

  it('meets a compound the thesaurus lacks through a synonym of its head ("Privatjet" ~ "Flugzeug" by "Jet" ~ "Düsenflugzeug")', () => {
    expect(answer('Wo ist der Privatjet des Unternehmers gelandet?')).toContain('Segelflugplatz Oberweiler');
  });

  it('takes the work named by a compound of the verb\'s noun as the event asked about ("gebaut" ~ "Bauarbeiten")', () => {
    expect(answer('Ab wann wird am zweiten Abschnitt gebaut?')).toContain('Mai 2027');
  });
});
