import { readFileSync } from 'node:fs';

/** The version in the package's package.json (src/cli and dist/cli both sit two levels below it). */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : 'unknown';
}
