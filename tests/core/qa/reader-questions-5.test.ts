import { describe, expect, it } from 'vitest';
import { answerAbout } from './answer-about.js';

const text = `Erstellt von - Uhr

Leihräder in Talheim: Gemeinde startet eigenes Verleihsystem

Ab Mai können Bürger in Talheim Fahrräder ausleihen. Der Gemeinderat hat das Projekt am Montag beschlossen.

Die Gemeinde Talheim stellt ab Mai 60 Fahrräder an vier Stationen bereit. Organisiert wird der Verleih vom Heimatverein Talheim. Das amtliche Ergebnis der Bürgerbefragung wird am Freitag verkündet.

Die Landesstraße 310 bleibt wegen Bauarbeiten bis Juni gesperrt. Fällt eine Fahrt wegen eines Defekts aus, bekommen Kunden ihr Geld innerhalb von zwei Wochen zurück.
`;
const answer = answerAbout(text, 'leihraeder-talheim.de.txt', { withCitations: true });

describe('reader questions: round 7 mechanisms', () => {
  it('meets a noun the article never uses through a thesaurus synonym (Zweiräder ~ Fahrräder, Kommune ~ Gemeinde)', () => {
    expect(answer('Wie viele Zweiräder stellt die Kommune bereit?')).toContain('60 Fahrräder');
  });

  it('still abstains when no synonym of the asked thing is in the article', () => {
    expect(answer('Wie viele E-Scooter stellt die Gemeinde bereit?')).toBe('abstained');
  });

  it('reads a lower-case adjective the lexicon knows as no noun ("offizielle"), so the article need not hold it', () => {
    expect(answer('wann kommt das offizielle ergebnis der befragung')).toContain('Freitag');
  });

  it('reads the first word before a pronoun as the verb of a yes/no question ("Krieg ich …")', () => {
    expect(answer('Krieg ich mein Geld zurück, wenn die Fahrt ausfällt?')).toContain('innerhalb von zwei Wochen');
  });

  it('does not read a road number as the verb of a separable particle ("Ist die L 310 dicht?")', () => {
    expect(answer('Ist die L 310 dicht?')).toContain('Landesstraße 310');
  });

  it('reads "das Ganze" as the story, not as a noun the article must hold', () => {
    expect(answer('Wer organisiert das Ganze?')).toContain('Heimatverein');
  });
});
