/**
 * Runs bench sections in order and prints each as a table. Words on the command line choose
 * sections by their title (`npm run bench -- adversarial`).
 */

import { formatSection, type BenchSection, type FindCitations } from './bench-section';

export interface BenchIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Resolves to the exit code. */
export async function runBench(
  sections: readonly BenchSection[],
  findCitations: FindCitations,
  argv: readonly string[],
  io: BenchIo,
): Promise<number> {
  const wanted = argv.map((word) => word.toLowerCase());
  const chosen = sections.filter((section) => wanted.length === 0 || wanted.some((word) => section.name.toLowerCase().includes(word)));
  if (chosen.length === 0) {
    io.stderr(`bench: no section matches "${wanted.join(' ')}"\n`);
    return 2;
  }
  for (const section of chosen) {
    const rows = await section.run(findCitations);
    io.stdout(formatSection(section.name, rows) + '\n');
  }
  return 0;
}
