/**
 * Roads named by their class and number ("K 17", "Kreisstraße 17", "B 27", "A 7"): readers write them as one word ("K17",
 * "B27"), which is the key given here to every way the article writes them.
 */

/** A road's class letter by the word an article may write out. */
const ROAD_CLASSES: Readonly<Record<string, string>> = {
  a: 'a', b: 'b', k: 'k', l: 'l', s: 's', st: 'st', autobahn: 'a', bundesstrasse: 'b', kreisstrasse: 'k', landesstrasse: 'l', staatsstrasse: 'st',
};
/** A class letter or word, then the road's number. */
const ROAD = /\b(A|B|K|L|S|St|Autobahn|Bundesstra(?:ß|ss)e|Kreisstra(?:ß|ss)e|Landesstra(?:ß|ss)e|Staatsstra(?:ß|ss)e)\s?(\d{1,4})\b/gu;

/** The one-word keys ("k17") of the roads a sentence names. */
export function roadKeys(sentence: string): string[] {
  if (!/\d/.test(sentence)) return [];
  const out: string[] = [];
  for (const match of sentence.matchAll(ROAD)) {
    const road = ROAD_CLASSES[match[1]!.toLowerCase().replace('ß', 'ss')];
    if (road) out.push(`${road}${match[2]!}`);
  }
  return out;
}
