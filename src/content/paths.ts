/** Where the bundled articles live, found from this module so it works from src/ (tsx) and dist/. */
import { fileURLToPath } from 'node:url';

/** Absolute path of `src/content/articles/` in this checkout. */
export function bundledArticlesDir(): string {
  return fileURLToPath(new URL('../../src/content/articles/', import.meta.url));
}
