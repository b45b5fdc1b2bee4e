/** Runs a project entry point through tsx in a child process (so tests need no build). */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function runEntry(entry: string, args: string[], input = '', env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', entry, ...args], {
    cwd: ROOT, input, encoding: 'utf8', timeout: 30_000,
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}
