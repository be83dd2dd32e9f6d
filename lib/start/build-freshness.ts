/**
 * Whether the built extension is older than its sources. `npm start` rebuilds only then, so a
 * second start is instant; the build itself (WXT) decides nothing here.
 */

/** What the build is made from, relative to the project root (folders are walked). */
export const BUILD_INPUTS = [
  'entrypoints',
  'components',
  'lib',
  'public',
  'assets',
  'wxt.config.ts',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];

/**
 * `builtAt`: the build's manifest modification time (ms), or null when there is no build;
 * `newestInputAt`: the newest modification time among the inputs.
 */
export function needsBuild(builtAt: number | null, newestInputAt: number): boolean {
  return builtAt === null || newestInputAt > builtAt;
}
