// Reads a PIN from the terminal without echoing it, or from STAFF_PIN for scripts. Piped input
// (not a terminal) is read line by line, so `printf '123456\n123456\n' | npm run staff …` works.
import { createInterface } from 'node:readline';

export function createPinReader(
  env: Record<string, string | undefined>,
  input: NodeJS.ReadStream = process.stdin,
  output: NodeJS.WriteStream = process.stderr,
): (prompt: string) => Promise<string> {
  const fromEnv = env.STAFF_PIN;
  if (fromEnv !== undefined) return () => Promise.resolve(fromEnv.trim());
  if (!input.isTTY) {
    const lines = createInterface({ input, terminal: false })[Symbol.asyncIterator]();
    return async () => {
      const next = await lines.next();
      return next.done ? '' : String(next.value).trim();
    };
  }
  return (prompt) =>
    new Promise((resolve) => {
      output.write(prompt);
      input.setRawMode(true);
      input.resume();
      let typed = '';
      const onData = (chunk: Buffer) => {
        for (const char of chunk.toString('utf8')) {
          if (char === '\r' || char === '\n' || char === '\u0003') {
            input.off('data', onData);
            input.setRawMode(false);
            input.pause();
            output.write('\n');
            // Ctrl+C gives up: an empty PIN is refused by the command.
            resolve(char === '\u0003' ? '' : typed);
            return;
          }
          if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
          else typed += char;
        }
      };
      input.on('data', onData);
    });
}
