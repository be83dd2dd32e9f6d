export * from './types';
export { compareVersions, countPairs, type VersionText } from './compare';
export { alignParagraphs } from './align';
export { bodyText } from './page-furniture';
export { paragraphsOf } from './paragraphs';
export { diffWords, sameWording, type DiffSegment, type DiffKind } from './word-diff';
export { wordsOf, keyOf, joinLines, type Word } from './words';
