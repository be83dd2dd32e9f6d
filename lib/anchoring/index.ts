export * from './types';
export { blockAt, documentTextOf, type BlockPosition } from './document-text';
export { clauseSelector, clauseSelectors, CONTEXT_LENGTH, describeRange, type DescribeOptions } from './selectors';
export { anchorSelectors, type AnchorOptions } from './anchor';
export { matchTextOf, matchForm, type MatchText } from './match-text';
export { fuzzyFind, MIN_FUZZY_LENGTH, type FuzzyMatch } from './fuzzy';
