import { describe, expect, it } from 'vitest';
import { alignParagraphs, notesOnOlderParagraphs, paragraphsOf, type NoteLike } from '../../../lib/compare';
import type { Selector } from '../../../lib/anchoring/types';

const OLD = `The General Assembly,
Recalling its resolution 76/186,
1. Welcomes the fourth meeting of the Coordination Group;
2. Invites Member States:
(a) To cooperate with the Coordination Group;
(b) To report on their efforts;`;
const NEW = `The General Assembly,
Recalling its resolution 76/186,
1. Stresses the need to treat victims with respect and dignity;
2. Welcomes the sixth meeting of the Coordination Group;
3. Invites Member States:
(a) To cooperate with the Coordination Group;
(b) To report on their efforts;`;

const clause = (value: string): Selector => ({ type: 'FragmentSelector', conformsTo: 'https://resolute.invalid/ns/clause', value });
const note = (id: string, selectors: Selector[], text = 'note'): NoteLike => ({ id, text, selectors });

describe('notes on the older version', () => {
  const pairs = alignParagraphs(paragraphsOf(OLD, 'en'), paragraphsOf(NEW, 'en'));
  const newIdOf = (carried: Map<number, unknown[]>) => [...carried.keys()].map((index) => pairs[index]!.new!.id);

  it('go to the paragraph their clause became, renumbered', () => {
    const carried = notesOnOlderParagraphs(
      [
        note('a', [clause('op-1'), { type: 'TextQuoteSelector', exact: 'fourth meeting', prefix: '', suffix: '' }], 'Ask the capital'),
        note('b', [clause('op-2-b')]),
      ],
      pairs,
    );
    expect(newIdOf(carried)).toEqual(['op-2', 'op-3-b']);
    expect(carried.get(pairs.findIndex((p) => p.new?.id === 'op-2'))).toEqual([
      { id: 'a', text: 'Ask the capital', quote: 'fourth meeting', clause: 'op-1' },
    ]);
  });

  it('go to the nearest enclosing paragraph, and not anywhere without a clause', () => {
    const carried = notesOnOlderParagraphs(
      [
        note('c', [clause('op-2-a-ii')]),
        note('d', [{ type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' }]),
        note('e', [clause('op-9')]),
      ],
      pairs,
    );
    expect(newIdOf(carried)).toEqual(['op-3-a']);
  });
});
