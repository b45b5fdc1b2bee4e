/**
 * Common German first names, folded, a woman's and a man's. Some are nouns too as OpenThesaurus lists them ("Doris",
 * "Iris", "Ernst", "Frank", "Horst"): before another name word they begin a name, not name a thing before it ("sagte
 * Doris Wendland vom …"). A pronoun of the other sex does not point back to one ("Wo war sie vorher?" is not about "Dr.
 * Horst Wendland"). General knowledge of German names, never words of one article.
 */
const FEMALE = `
  anna maria ursula monika petra elisabeth sabine renate helga karin brigitte ingrid erika andrea gisela susanne christine
  claudia gabriele barbara birgit heike martina stefanie nicole angelika sandra christa julia ute katharina hildegard marianne
  jutta ilse inge doris gerda edith irmgard anke silke tanja kerstin melanie daniela heidi margarete ruth elke rita bettina
  anja sonja hannelore waltraud christiane regina lena laura lea leonie sophie sofia emma mia hannah hanna lina ella clara
  klara lisa sarah sara johanna luisa marie paula charlotte amelie emilia nele greta frieda ida mila lotta jana nina katrin
  kathrin vanessa jessica jennifer janina franziska carina corinna manuela simone yvonne diana iris rosa rose linda jasmin
  nadine carmen eva vera lydia olga irene beate dagmar marion ramona rebecca svenja wiebke imke frauke antje tina ines britta
  astrid gudrun hedwig luise margot elfriede erna`;
const MALE = `
  peter michael thomas andreas wolfgang klaus juergen guenter stefan christian uwe werner horst frank dieter manfred ralf
  bernd hans helmut joachim matthias gerhard martin joerg heinz rainer markus walter karl sven alexander tobias florian daniel
  jan lukas leon paul felix jonas finn ben elias noah luca max moritz tim tom philipp sebastian dennis marco mario patrick
  kevin marcel benjamin simon fabian dominik oliver holger torsten thorsten volker detlef norbert ulrich rolf friedrich georg
  otto wilhelm heinrich hermann ernst kurt willi fritz erich bruno albert ludwig anton josef franz johann jakob emil oskar
  theo carl konrad leo henry hugo arthur vincent valentin adrian robin julian kai nils lars ole timo jens dirk bjoern harald
  gregor hubert siegfried reinhard eckhard guenther lothar achim axel roland herbert alfred rudolf bernhard hartmut wilfried
  egon gustav adam august benno`;

/** The folded names of a list. */
const namesOf = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter((name) => name.length > 0));
const FEMALE_NAMES = namesOf(FEMALE);
const MALE_NAMES = namesOf(MALE);
/** Every first name of both lists. */
export const FIRST_NAMES: ReadonlySet<string> = new Set([...FEMALE_NAMES, ...MALE_NAMES]);

/** Whether a folded first name is a woman's ('f'), a man's ('m'), or unknown (undefined). */
export function firstNameGender(folded: string): 'f' | 'm' | undefined {
  return FEMALE_NAMES.has(folded) ? 'f' : MALE_NAMES.has(folded) ? 'm' : undefined;
}
