// The simulate CLI run as a reader runs it (npx tsx), its standard output as text: shared by the CLI tests.
import { execFileSync } from 'node:child_process';

export function simulate(args: string[]): string {
  return execFileSync('npx', ['tsx', 'scripts/simulate.ts', ...args], { encoding: 'utf8' });
}
