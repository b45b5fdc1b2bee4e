// Lint rules, including the import directions of DESIGN.md:
// adapters -> core, adapters -> content, content -> core; core imports no adapter,
// no platform library and no process-level API; adapters never import each other.
import tseslint from 'typescript-eslint';

const platformLibraries = [
  'discord.js', 'discord.js/*', '@discordjs/*', 'grammy', 'grammy/*', '@grammyjs/*',
  'node-cron', 'pino', 'better-sqlite3', 'ws',
];
const nodeIo = ['fs', 'node:fs', 'fs/*', 'node:fs/*', 'http', 'node:http', 'child_process', 'node:child_process'];
const adapterNames = ['console', 'telegram', 'discord', 'store', 'cron', 'http'];

const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: group.list, message: group.message })) }],
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'data/', 'scripts/*.tmp.ts', 'bench/*.tmp.ts'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      ...restrict([
        { list: [...platformLibraries, ...nodeIo], message: 'core is pure: no platform library, no I/O (DESIGN.md)' },
        { list: ['**/adapters/**', '**/content/**', '**/main.js', '**/config.js'], message: 'core imports nothing outside core' },
      ]),
      'no-restricted-globals': ['error', { name: 'process', message: 'core reads no process state; pass it in' },
        { name: 'setTimeout', message: 'use the Clock port' }, { name: 'setInterval', message: 'use the Clock port' }],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'use the Clock port' }],
    },
  },
  {
    files: ['src/content/**/*.ts'],
    rules: restrict([
      { list: [...platformLibraries.filter((l) => l !== 'pino')], message: 'content depends on core only' },
      { list: ['**/adapters/**', '**/main.js'], message: 'content depends on core only' },
    ]),
  },
  ...adapterNames.map((name) => ({
    files: [`src/adapters/${name}/**/*.ts`],
    rules: restrict([
      {
        list: adapterNames.filter((other) => other !== name).flatMap((other) => [`../${other}/*`, `**/adapters/${other}/**`]),
        message: 'adapters never import each other; main.ts wires them',
      },
      { list: ['**/main.js', '../../main.js'], message: 'only main.ts wires' },
    ]),
  })),
);
