export * from './types';
export { segmentClauses } from './segment';
export { clauseAt, clauseById } from './lookup';
export { letterPositions, latinLetter } from './lettering';
