/**
 * Checks of what the fake Discord receives, written from Discord's API documentation:
 * application commands (names, lengths, localisations, option rules), message bodies
 * (content, embed and component limits, nonce, allowed_mentions) and autocomplete choices.
 * Each returns a list of problems; empty means Discord would accept it.
 */

/** Locales Discord accepts in *_localizations (docs: Reference > Locales). */
export const DISCORD_LOCALES = new Set([
  'id', 'da', 'de', 'en-GB', 'en-US', 'es-ES', 'es-419', 'fr', 'hr', 'it', 'lt', 'hu', 'nl', 'no', 'pl', 'pt-BR',
  'ro', 'fi', 'sv-SE', 'vi', 'tr', 'cs', 'el', 'bg', 'ru', 'uk', 'hi', 'th', 'zh-CN', 'ja', 'zh-TW', 'ko',
]);

/** CHAT_INPUT names: 1-32 chars of letters, numbers, - and _, lowercase where a lowercase exists. */
const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const SUBCOMMAND = 1;
const SUBCOMMAND_GROUP = 2;
const STRING = 3;
const INTEGER = 4;
const NUMBER = 10;

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const len = (value: unknown): number => (typeof value === 'string' ? [...value].length : 0);

function checkName(where: string, name: unknown, problems: string[]): void {
  if (typeof name !== 'string' || !NAME.test(name)) problems.push(`${where}.name ${JSON.stringify(name)} does not match ^[-_\\p{L}\\p{N}]{1,32}$`);
  else if (name !== name.toLowerCase()) problems.push(`${where}.name ${JSON.stringify(name)} must be lowercase`);
}

function checkDescription(where: string, description: unknown, problems: string[]): void {
  if (typeof description !== 'string' || len(description) < 1 || len(description) > 100) {
    problems.push(`${where}.description must be 1-100 chars, got ${len(description)}`);
  }
}

function checkLocalizations(where: string, field: string, value: unknown, problems: string[], check: (w: string, v: unknown, p: string[]) => void): void {
  if (value === undefined || value === null) return;
  if (!isRecord(value)) { problems.push(`${where}.${field} must be an object`); return; }
  for (const [locale, text] of Object.entries(value)) {
    if (!DISCORD_LOCALES.has(locale)) problems.push(`${where}.${field} has unknown locale ${locale}`);
    check(`${where}.${field}[${locale}]`, text, problems);
  }
}

/** Name + description + localisations, shared by commands and options. */
function checkNamed(where: string, item: Json, problems: string[]): number {
  checkName(where, item.name, problems);
  checkDescription(where, item.description, problems);
  checkLocalizations(where, 'name_localizations', item.name_localizations, problems, (w, v, p) => checkName(w, v, p));
  checkLocalizations(where, 'description_localizations', item.description_localizations, problems, checkDescription);
  return len(item.name) + len(item.description);
}

function checkOptions(where: string, options: unknown, problems: string[], depth: number): number {
  if (options === undefined) return 0;
  if (!Array.isArray(options)) { problems.push(`${where}.options must be an array`); return 0; }
  if (options.length > 25) problems.push(`${where}.options has ${options.length} > 25 entries`);
  let chars = 0;
  const names = new Set<string>();
  let sawOptional = false;
  const kinds = new Set<'sub' | 'value'>();
  options.forEach((raw, index) => {
    const at = `${where}.options[${index}]`;
    if (!isRecord(raw)) { problems.push(`${at} must be an object`); return; }
    const type = raw.type as number;
    if (!Number.isInteger(type) || type < 1 || type > 11) problems.push(`${at}.type ${String(type)} is not an option type`);
    chars += checkNamed(at, raw, problems);
    if (names.has(String(raw.name))) problems.push(`${at}.name ${String(raw.name)} is duplicated`);
    names.add(String(raw.name));
    const isSub = type === SUBCOMMAND || type === SUBCOMMAND_GROUP;
    kinds.add(isSub ? 'sub' : 'value');
    if (isSub) {
      if (depth >= 2 || (type === SUBCOMMAND_GROUP && depth >= 1)) problems.push(`${at} nests subcommands too deep`);
      if (raw.required !== undefined && raw.required !== false) problems.push(`${at}.required is not allowed on subcommands`);
      chars += checkOptions(at, raw.options, problems, depth + 1);
      return;
    }
    if (raw.required === true && sawOptional) problems.push(`${at} is required but follows an optional option`);
    if (raw.required !== true) sawOptional = true;
    if (raw.options !== undefined) problems.push(`${at}.options only belongs on subcommands`);
    if (raw.autocomplete === true && ![STRING, INTEGER, NUMBER].includes(type)) problems.push(`${at}.autocomplete needs a string or number option`);
    if (raw.autocomplete === true && Array.isArray(raw.choices) && raw.choices.length > 0) problems.push(`${at} cannot have both autocomplete and choices`);
    for (const key of ['min_length', 'max_length'] as const) {
      const value = raw[key];
      if (value === undefined) continue;
      if (type !== STRING) problems.push(`${at}.${key} only applies to strings`);
      if (typeof value !== 'number' || !Number.isInteger(value) || value < (key === 'min_length' ? 0 : 1) || value > 6000) problems.push(`${at}.${key} must be an integer up to 6000`);
    }
    if (Array.isArray(raw.choices)) {
      if (raw.choices.length > 25) problems.push(`${at}.choices has ${raw.choices.length} > 25 entries`);
      for (const choice of raw.choices as Json[]) {
        if (len(choice.name) < 1 || len(choice.name) > 100) problems.push(`${at}.choices name must be 1-100 chars`);
        chars += len(choice.name) + len(String(choice.value ?? ''));
      }
    }
  });
  if (kinds.size > 1) problems.push(`${where}.options mixes subcommands with plain options`);
  return chars;
}

/** Validates the body of `PUT /applications/:app/commands` (bulk overwrite). */
export function validateCommands(body: unknown): string[] {
  const problems: string[] = [];
  if (!Array.isArray(body)) return ['body must be an array of commands'];
  if (body.length > 100) problems.push(`${body.length} > 100 chat input commands`);
  const seen = new Map<string, Set<string>>();
  body.forEach((raw, index) => {
    const at = `[${index}]`;
    if (!isRecord(raw)) { problems.push(`${at} must be an object`); return; }
    const type = raw.type ?? 1;
    if (type !== 1) return;
    let chars = checkNamed(at, raw, problems);
    chars += checkOptions(at, raw.options, problems, 0);
    if (chars > 4000) problems.push(`${at} has ${chars} > 4000 chars in names, descriptions and values`);
    const permissions = raw.default_member_permissions;
    if (permissions !== undefined && permissions !== null && !(typeof permissions === 'string' && /^\d+$/.test(permissions))) {
      problems.push(`${at}.default_member_permissions must be a string of digits or null`);
    }
    const names = [String(raw.name), ...Object.entries(isRecord(raw.name_localizations) ? raw.name_localizations : {}).map(([l, n]) => `${l}:${String(n)}`)];
    for (const name of names) {
      const locale = name.includes(':') ? name.split(':')[0]! : '';
      const bucket = seen.get(locale) ?? new Set<string>();
      if (bucket.has(name)) problems.push(`${at}.name ${name} is used twice`);
      bucket.add(name);
      seen.set(locale, bucket);
    }
  });
  return problems;
}

/** Validates a message body (channel message, interaction response data, webhook message). */
export function validateMessage(body: unknown, options: { requireContent?: boolean } = {}): string[] {
  const problems: string[] = [];
  if (!isRecord(body)) return ['message body must be an object'];
  if (len(body.content) > 2000) problems.push(`content has ${len(body.content)} > 2000 chars`);
  const embeds = (body.embeds ?? []) as Json[];
  if (!Array.isArray(embeds)) problems.push('embeds must be an array');
  if (embeds.length > 10) problems.push(`${embeds.length} > 10 embeds`);
  let total = 0;
  embeds.forEach((embed, index) => {
    const at = `embeds[${index}]`;
    const limit = (field: string, value: unknown, max: number) => {
      total += len(value);
      if (len(value) > max) problems.push(`${at}.${field} has ${len(value)} > ${max} chars`);
    };
    limit('title', embed.title, 256);
    limit('description', embed.description, 4096);
    if (isRecord(embed.footer)) limit('footer.text', embed.footer.text, 2048);
    if (isRecord(embed.author)) limit('author.name', embed.author.name, 256);
    const fields = (embed.fields ?? []) as Json[];
    if (fields.length > 25) problems.push(`${at}.fields has ${fields.length} > 25 entries`);
    fields.forEach((field, f) => {
      limit(`fields[${f}].name`, field.name, 256);
      limit(`fields[${f}].value`, field.value, 1024);
      if (len(field.name) === 0 || len(field.value) === 0) problems.push(`${at}.fields[${f}] needs a name and a value`);
    });
    if (embed.color !== undefined && (typeof embed.color !== 'number' || embed.color < 0 || embed.color > 0xffffff)) problems.push(`${at}.color is not a 24-bit number`);
  });
  if (total > 6000) problems.push(`embeds have ${total} > 6000 chars in total`);
  const rows = (body.components ?? []) as Json[];
  if (rows.length > 5) problems.push(`${rows.length} > 5 action rows`);
  const ids = new Set<string>();
  rows.forEach((row, r) => {
    const items = (row.components ?? []) as Json[];
    if (row.type !== 1) problems.push(`components[${r}] must be an action row (type 1)`);
    if (items.length < 1 || items.length > 5) problems.push(`components[${r}] needs 1-5 components`);
    items.forEach((item, c) => {
      const at = `components[${r}].components[${c}]`;
      if (item.type === 2 && item.style !== 5) {
        if (len(item.custom_id) < 1 || len(item.custom_id) > 100) problems.push(`${at}.custom_id must be 1-100 chars`);
        if (ids.has(String(item.custom_id))) problems.push(`${at}.custom_id is duplicated`);
        ids.add(String(item.custom_id));
      }
      if (len(item.label) > 80) problems.push(`${at}.label has > 80 chars`);
    });
  });
  if (body.nonce !== undefined && !(typeof body.nonce === 'number' || (typeof body.nonce === 'string' && len(body.nonce) <= 25))) {
    problems.push('nonce must be an integer or a string of at most 25 chars');
  }
  if (isRecord(body.allowed_mentions)) {
    const parse = body.allowed_mentions.parse;
    if (parse !== undefined && !(Array.isArray(parse) && parse.every((p) => ['roles', 'users', 'everyone'].includes(String(p))))) {
      problems.push('allowed_mentions.parse may hold only roles, users, everyone');
    }
  }
  const hasBody = len(body.content) > 0 || embeds.length > 0 || rows.length > 0 || Array.isArray(body.sticker_ids) || Array.isArray(body.attachments);
  if (options.requireContent !== false && !hasBody) problems.push('Cannot send an empty message (50006)');
  return problems;
}

/** Validates the data of an autocomplete result (interaction callback type 8). */
export function validateChoices(data: unknown): string[] {
  if (!isRecord(data) || !Array.isArray(data.choices)) return ['data.choices must be an array'];
  const problems: string[] = [];
  if (data.choices.length > 25) problems.push(`${data.choices.length} > 25 choices`);
  (data.choices as Json[]).forEach((choice, index) => {
    if (len(choice.name) < 1 || len(choice.name) > 100) problems.push(`choices[${index}].name must be 1-100 chars`);
    if (typeof choice.value === 'string' && len(choice.value) > 100) problems.push(`choices[${index}].value has > 100 chars`);
  });
  return problems;
}
