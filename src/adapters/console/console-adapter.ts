/**
 * The console bot: a German chat in the terminal. On a TTY it is a readline REPL; with
 * piped input it answers each line in order and reports the end of input, so
 * `echo "Was bekommt Kim?" | npm start` answers and exits.
 */
import { createInterface } from 'node:readline';
import type { Bot } from '../../core/bot.js';
import { message } from '../../core/messages.js';
import type { Incoming, Service, ServiceState } from '../../core/ports.js';
import { renderReplyText } from './render-text.js';

export interface ConsoleAdapterOptions {
  bot: Bot;
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream;
  /** Called when stdin ends (piped input); main decides whether to stay alive for schedules. */
  onEndOfInput?: () => void;
  /** Logs a failure of one line without stopping the chat. */
  onError?: (error: unknown) => void;
}

const PROMPT = 'Frage> ';

export function createConsoleAdapter(options: ConsoleAdapterOptions): Service {
  let state: ServiceState = 'idle';
  let readline: ReturnType<typeof createInterface> | null = null;
  const interactive = Boolean(options.input.isTTY);

  async function answerLine(line: string): Promise<void> {
    const incoming: Incoming = {
      platform: 'console', chatId: 'console', userId: 'console', userName: 'Konsole', locale: 'de', text: line, isModerator: true,
    };
    try {
      const reply = await options.bot.handle(incoming);
      if (!reply.silent) options.output.write(`${renderReplyText(reply)}\n\n`);
    } catch (error) {
      options.onError?.(error);
      options.output.write(`${message('de', 'error.internal')}\n\n`);
    }
  }

  async function loop(): Promise<void> {
    if (!readline) return;
    if (interactive) readline.prompt();
    for await (const line of readline) {
      if (line.trim() === '' && interactive) { readline.prompt(); continue; }
      if (line.trim() !== '') await answerLine(line);
      if (interactive) readline.prompt();
    }
    if (state === 'running') options.onEndOfInput?.();
  }

  return {
    name: 'console',
    state: () => state,
    async start() {
      state = 'starting';
      readline = createInterface({ input: options.input, output: interactive ? options.output : undefined, terminal: interactive, prompt: PROMPT });
      if (interactive) {
        options.output.write(`${renderReplyText(await options.bot.handle({
          platform: 'console', chatId: 'console', userId: 'console', locale: 'de', text: '/start', isModerator: true,
        }))}\n\n`);
      }
      state = 'running';
      void loop();
    },
    async stop() {
      state = 'stopping';
      readline?.close();
      state = 'stopped';
    },
  };
}
