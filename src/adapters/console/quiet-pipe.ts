/** Ends quietly when the reader of stdout goes away (`… | head -1`), instead of an EPIPE stack trace. */
export function exitQuietlyOnClosedStdout(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
