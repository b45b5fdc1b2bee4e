import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allPassages, ArticleSchema, attribution, headline, type Article, type Section } from '../../src/core/article.js';
import { decodeArticleBytes, parseArticle } from '../../src/content/parse-article.js';
import { readArticleFile } from '../../src/content/read-article.js';
import { findQuotes } from '../../src/content/quotes.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));
const SEED = fileURLToPath(new URL('../../src/content/articles/putin-kim-nordkorea.de.txt', import.meta.url));
const fixture = (name: string): string => `${FIXTURES}${name}.de.txt`;
const load = (name: string): Article => readArticleFile(fixture(name));

const bundesliga = load('bundesliga-mainz-freiburg');
const hitze = load('hitzewelle-sachsen');
const stadtrat = load('stadtrat-haushalt-regensburg');
const voltaris = load('voltaris-stellenabbau');
const seed = readArticleFile(SEED);

function section(article: Article, heading: string): Section {
  const found = article.sections.find((candidate) => candidate.heading === heading);
  if (!found) throw new Error(`no section "${heading}" in ${article.id}: ${article.sections.map((s) => s.heading).join(' | ')}`);
  return found;
}

function passage(article: Article, id: string): string {
  const found = allPassages(article).find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no passage ${id} in ${article.id}`);
  return found.text;
}

function quoteBy(article: Article, fragment: string) {
  const quote = allPassages(article).flatMap((p) => p.quotes).find((q) => q.text.includes(fragment));
  if (!quote) throw new Error(`no quote containing "${fragment}" in ${article.id}`);
  return quote;
}

describe('parseArticle on the fixture exports', () => {
  it('parses every fixture article and the seed into a schema-valid article named after its file', () => {
    const names = readdirSync(FIXTURES).filter((name) => name.endsWith('.txt'));
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const name of names) {
      const article = readArticleFile(`${FIXTURES}${name}`);
      expect(ArticleSchema.safeParse(article).success).toBe(true);
      expect(article.id).toBe(name.replace(/\.de\.txt$/, ''));
      expect(allPassages(article).length).toBeGreaterThan(5);
    }
    expect(seed.id).toBe('putin-kim-nordkorea');
  });

  it('splits the headline into kicker and title at the first colon, and headline() restores it', () => {
    expect(bundesliga.kicker).toBe('Bundesliga');
    expect(bundesliga.title).toBe('Mainz dreht das Spiel gegen Freiburg in der Nachspielzeit');
    expect(hitze.kicker).toBe('Hitzewelle in Sachsen');
    expect(hitze.title).toBe('Wetterdienst warnt vor bis zu 38 Grad');
    expect(stadtrat.title).toBe('Stadtrat beschließt Rekordhaushalt – die Schulden steigen deutlich');
    expect(headline(voltaris)).toBe('Voltaris: Batteriehersteller streicht jede dritte Stelle in der Lausitz');
  });

  it('keeps the teaser apart from the lead paragraphs', () => {
    expect(bundesliga.teaser).toMatch(/^Der FSV Mainz 05 gewinnt das Südwest-Duell .* den Faden\.$/);
    expect(passage(bundesliga, 'lead.p1')).toMatch(/^Der FSV Mainz 05 hat am siebten Spieltag/);
    expect(allPassages(bundesliga).some((p) => p.text === bundesliga.teaser)).toBe(false);
  });

  it('reads the image caption and credit once and drops the "(Foto) Suche" line', () => {
    expect(bundesliga.image).toEqual({
      caption: 'Jonas Keller (Mitte) jubelt mit seinen Mitspielern über das Tor zum 2:1.',
      credit: 'picture alliance/dpa | Torsten Weigelt',
    });
    expect(hitze.image?.credit).toBe('picture alliance / Zoonar | Carla Brenner');
    expect(voltaris.image?.credit).toBe('Voltaris AG / Pressefoto');
    for (const article of [bundesliga, hitze, voltaris, seed]) {
      expect(allPassages(article).filter((p) => /\(Foto\)|Bild:/.test(p.text))).toEqual([]);
    }
  });

  it('has no image when the export has none, and still takes the first line after the headline as teaser', () => {
    expect(stadtrat.image).toBeNull();
    expect(stadtrat.teaser).toMatch(/^Mit knapper Mehrheit hat der Regensburger Stadtrat/);
    expect(passage(stadtrat, 'lead.p1')).toMatch(/^Der Stadtrat von Regensburg hat am Donnerstagabend, 11\. Dezember/);
  });

  it('finds the section headings in reading order, questions and statements alike', () => {
    expect(bundesliga.sections.map((s) => s.heading)).toEqual([
      null, 'Wie fiel das Siegtor?', 'Warum musste Sander vom Platz?', 'Die Zahlen zum Spiel', 'Was sagen die Trainer?', 'Wie geht es weiter?',
    ]);
    expect(hitze.sections.map((s) => s.heading)).toEqual([
      null, 'Wie gefährlich ist die Hitze für die Gesundheit?', 'Was tun die Städte gegen die Hitze?',
      'Was bedeutet die Trockenheit für Wälder und Landwirte?', 'Wann kommt die Abkühlung?',
    ]);
    expect(stadtrat.sections.map((s) => s.id)).toEqual(['lead', 's1', 's2', 's3', 's4', 's5']);
  });

  it('counts paragraphs and bullets per section', () => {
    const counts = (article: Article) => article.sections.map((s) => [s.id, s.paragraphs.length, s.bullets.length]);
    expect(counts(bundesliga)).toEqual([['lead', 2, 0], ['s1', 2, 0], ['s2', 1, 3], ['s3', 0, 4], ['s4', 2, 0], ['s5', 2, 0]]);
    expect(counts(hitze)).toEqual([['lead', 3, 0], ['s1', 2, 5], ['s2', 2, 0], ['s3', 1, 3], ['s4', 2, 0]]);
    expect(counts(stadtrat)).toEqual([['lead', 2, 0], ['s1', 1, 5], ['s2', 2, 0], ['s3', 2, 0], ['s4', 1, 4], ['s5', 2, 0]]);
  });

  it('keeps a section made only of bullets, and one made only of paragraphs', () => {
    const numbers = section(bundesliga, 'Die Zahlen zum Spiel');
    expect(numbers.paragraphs).toEqual([]);
    expect(numbers.bullets.map((b) => b.text)).toEqual([
      'Torschüsse: Mainz 17, Freiburg 9', 'Ballbesitz: Freiburg 54 Prozent, Mainz 46 Prozent', 'Ecken: 8:3 für Mainz', 'Gelbe Karten: Mainz 3, Freiburg 4',
    ]);
    const coaches = section(bundesliga, 'Was sagen die Trainer?');
    expect(coaches.bullets).toEqual([]);
    expect(coaches.paragraphs.map((p) => p.kind)).toEqual(['paragraph', 'paragraph']);
  });

  it('tells bullets from paragraphs and strips the indent and bullet sign', () => {
    const health = section(hitze, 'Wie gefährlich ist die Hitze für die Gesundheit?');
    expect(health.paragraphs[1]?.text).toBe('Darauf sollten Sie bei großer Hitze achten:');
    expect(health.bullets[0]?.text).toBe('Trinken Sie über den Tag verteilt mindestens zwei bis drei Liter Wasser oder ungesüßten Tee.');
    for (const article of [bundesliga, hitze, stadtrat, voltaris, seed]) {
      for (const p of allPassages(article)) {
        expect(p.text).not.toMatch(/^\s|•/);
        expect(p.kind).toBe(p.id.includes('.b') ? 'bullet' : 'paragraph');
      }
    }
  });

  it('finds quotes with the speaker the sentence names, titles included', () => {
    expect(quoteBy(bundesliga, 'mit der Stirn getroffen').speaker).toBe('Keller');
    expect(quoteBy(bundesliga, 'schweißt zusammen').speaker).toBe('Mainz-Trainer Thomas Reindl');
    expect(quoteBy(bundesliga, 'Genick gebrochen').speaker).toBe('Hofer');
    expect(quoteBy(hitze, 'stabile Hochdrucklage')).toEqual({
      text: 'Wir erleben gerade eine sehr stabile Hochdrucklage, die heiße Luft aus Nordafrika nach Mitteleuropa schaufelt',
      speaker: 'DWD-Meteorologin Sabine Krüger',
    });
    expect(quoteBy(hitze, 'Krawall').speaker).toBe('Krüger');
    expect(quoteBy(hitze, 'Ertragseinbußen').speaker).toBe('Uwe Hartig');
    expect(quoteBy(stadtrat, 'lebt auf Pump').speaker).toBe('CSU-Fraktionschef Michael Brunner');
    expect(quoteBy(stadtrat, 'verbaut der Stadt').speaker).toBe('Grünen-Fraktionschefin Lea Fischer');
    expect(quoteBy(voltaris, 'nicht leichtfertig').speaker).toBe('Vorstandschefin Katrin Wendt');
  });

  it('gives a quote the speaker of its sentence, also after verbs like "kündigte an" and "sprach von"', () => {
    expect(quoteBy(bundesliga, 'Köpfe schnell wieder').speaker).toBe('Hofer');
    expect(quoteBy(stadtrat, 'Haushalt für die nächste Generation').speaker).toBe('Kämmerer Stefan Lindner');
  });

  it('knows the speaker after verbs of telling and complaining ("erzählt sie", "klagte Meier")', () => {
    expect(findQuotes('Eine von ihnen ist Gerda Lindner. "Früher musste ich weit fahren", erzählt sie.')[0]?.speaker).toBe('Gerda Lindner');
    expect(findQuotes('"Das ist zu teuer", klagte Jonas Meier.')[0]?.speaker).toBe('Jonas Meier');
  });

  it('reads names with letters of other Latin alphabets whole ("Negruța", "Nguyễn", "Wójcik")', () => {
    expect(findQuotes('"Das war knapp", sagte Ana Negruța.')[0]?.speaker).toBe('Ana Negruța');
    expect(findQuotes('"Wir machen weiter", sagte Thi Nguyễn.')[0]?.speaker).toBe('Thi Nguyễn');
    expect(findQuotes('Marek Wójcik sagte, es sei "ein guter Tag".')[0]?.speaker).toBe('Marek Wójcik');
  });

  it('gives a role as speaker the named person with that role before it, and a quote without a speaker the one before it', () => {
    const quotes = findQuotes('"Wir haben gewarnt", sagte Wollenberg. Umweltministerin Sabine Kortmann wies das zurück. '
      + 'Die Ministerin räumte ein, das Verfahren habe "zu lange gedauert". "Wir bauen neu."');
    expect(quotes.map((quote) => quote.speaker)).toEqual(['Wollenberg', 'Umweltministerin Sabine Kortmann', 'Umweltministerin Sabine Kortmann']);
    expect(findQuotes('Es hieß nur: "Kein Kommentar."')[0]?.speaker).toBeNull();
  });

  it('collects the "Lesen Sie auch" headlines as related links, not as text or sections', () => {
    expect(bundesliga.related).toEqual([
      { title: 'Bundesliga-Tabelle: Bayern und Leverkusen ziehen an der Spitze davon' },
      { title: 'Transfergerüchte: Holt Mainz im Winter einen Stürmer aus Dänemark?' },
    ]);
    expect(hitze.related).toEqual([{ title: 'Sonnenschutz für Kinder: Darauf sollten Eltern jetzt achten' }]);
    expect(stadtrat.related).toEqual([]);
    expect(passage(bundesliga, 'lead.p2')).toMatch(/^Die Freiburger waren in der 28\. Minute/);
    expect(passage(hitze, 'lead.p3')).toMatch(/^Schon am Dienstag wurde an der Wetterstation in Bad Muskau/);
  });

  it('reads publisher and agency from the closing source line', () => {
    expect([bundesliga.source, bundesliga.agency]).toEqual(['news.de', 'dpa']);
    expect(attribution(hitze)).toBe('news.de/afp');
    expect(attribution(stadtrat)).toBe('news.de/dpa');
    expect(voltaris.agency).toBe('dpa-AFX');
    expect(attribution(seed)).toBe('news.de/dpa');
  });

  it('reads the source line after the editor\'s initials ("roj/news.de/dpa") and keeps it out of the text', () => {
    const text = readFileSync(fixture('hitzewelle-sachsen'), 'utf8').replace('/news.de/afp', 'roj/news.de/dpa');
    const article = parseArticle(text, fixture('hitzewelle-sachsen'));
    expect([article.editor, article.source, article.agency]).toEqual(['roj', 'news.de', 'dpa']);
    expect(attribution(article)).toBe('roj/news.de/dpa');
    expect(allPassages(article).map((p) => p.text).join('\n')).not.toContain('news.de');
    // A paragraph that merely holds a slash is no source line.
    const slashed = parseArticle(text.replace('roj/news.de/dpa', 'und/oder'), fixture('hitzewelle-sachsen'));
    expect(slashed.source).toBeNull();
  });

  it('keeps the social promotion apart from the text, for readers who ask where to follow', () => {
    expect(seed.promotion).toMatch(/^Folgen Sie News\.de schon bei WhatsApp/);
    expect(parseArticle('Kicker: Titel\n\nEin Satz.\n\n/news.de/dpa\n', 'ohne.de.txt').promotion).toBeUndefined();
  });

  it('drops the page chrome: byline, social promotion, source line and "Themen:"', () => {
    for (const article of [bundesliga, hitze, stadtrat, voltaris, seed]) {
      const texts = [article.teaser ?? '', ...article.sections.map((s) => s.heading ?? ''), ...allPassages(article).map((p) => p.text)];
      for (const text of texts) {
        expect(text).not.toMatch(/Erstellt von|Folgen Sie News\.de|WhatsApp|^Themen:|^\/news\.de|^Lesen Sie auch/);
      }
    }
  });
});

describe('passage ids', () => {
  it('numbers paragraphs and bullets per section, so an answer can cite lead.p2 or s2.b3', () => {
    expect(passage(bundesliga, 'lead.p2')).toMatch(/^Die Freiburger waren/);
    expect(passage(bundesliga, 's2.b3')).toBe('Mainz hat in dieser Spielzeit noch kein Heimspiel verloren.');
    expect(passage(bundesliga, 's3.b4')).toBe('Gelbe Karten: Mainz 3, Freiburg 4');
    expect(passage(stadtrat, 's4.b2')).toBe('Das Parken in der Altstadt kostet ab 1. März 3 Euro statt bisher 2,50 Euro pro Stunde.');
    expect(passage(hitze, 's4.p2')).toMatch(/^"Die Abkühlung kommt/);
  });

  it('gives every passage a unique id in every fixture', () => {
    for (const article of [bundesliga, hitze, stadtrat, voltaris, seed]) {
      const ids = allPassages(article).map((p) => p.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('gives the same ids when the same export is parsed again, even with Windows line endings and a BOM', () => {
    const text = readFileSync(fixture('hitzewelle-sachsen'), 'utf8');
    const bytes = new TextEncoder().encode(`\uFEFF${text.replace(/\n/g, '\r\n')}`);
    const again = parseArticle(decodeArticleBytes(bytes, fixture('hitzewelle-sachsen')), fixture('hitzewelle-sachsen'));
    expect(again).toEqual(hitze);
  });

  it('keeps the ids of earlier passages when text is added to a later section', () => {
    const text = readFileSync(fixture('bundesliga-mainz-freiburg'), 'utf8');
    const longer = text.replace('\n\nFolgen Sie News.de', '\n\nDas Rückspiel findet im März statt.\n\nFolgen Sie News.de');
    const edited = parseArticle(longer, fixture('bundesliga-mainz-freiburg'));
    const before = allPassages(bundesliga).map((p) => [p.id, p.text]);
    expect(allPassages(edited).map((p) => [p.id, p.text]).slice(0, before.length)).toEqual(before);
    expect(passage(edited, 's5.p3')).toBe('Das Rückspiel findet im März statt.');
  });
});

describe('quote speakers', () => {
  it('gives a quote with a pronoun speaker ("sagte er") to the person named before it', () => {
    const quotes = findQuotes('Landrat Detlev Kohrs (CDU) verteidigte die Entscheidung. "Wir verstehen die Enttäuschung", sagte er der Zeitung.');
    expect(quotes).toEqual([{ text: 'Wir verstehen die Enttäuschung', speaker: 'Landrat Detlev Kohrs' }]);
  });

  it('leaves the speaker open when no person is named before the pronoun', () => {
    expect(findQuotes('"Es ist vorbei", sagte sie.')[0]?.speaker).toBeNull();
  });
});
