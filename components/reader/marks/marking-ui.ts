/** Marking in the reader's pages: the shared marking UI (components/marks/marking-ui.tsx). */
export { attachMarking, type MarkingOptions } from '../../marks/marking-ui';
