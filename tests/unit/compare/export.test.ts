import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  compareVersions,
  comparisonToHtml,
  comparisonToMarkdown,
  paragraphName,
  summaryLine,
  type ExportLabels,
} from '../../../lib/compare';

const OLD = `The General Assembly,
Recalling its resolution 76/186,
1. Welcomes the fourth meeting of the Coordination Group;
2. Invites Member States to <script>alert(1)</script> cooperate;
3. Requests a report at its eightieth session.`;
const NEW = `The General Assembly,
Recalling its resolution 76/186,
1. Welcomes the sixth meeting of the Coordination Group;
2. Stresses the need to treat victims with respect and dignity;
3. Invites Member States to <script>alert(1)</script> cooperate;`;

const labels: ExportLabels = {
  title: 'A/RES/1/1 → A/RES/2/2',
  summary: '',
  status: { unchanged: 'unchanged', changed: 'changed', new: 'new', dropped: 'dropped', moved: 'moved' },
  was: 'was $1',
  lang: 'en',
  dir: 'ltr',
};

const comparison = compareVersions({ pageTexts: [OLD], lang: 'en' }, { pageTexts: [NEW], lang: 'en' });
labels.summary = summaryLine(comparison);

describe('exporting a comparison', () => {
  it('names paragraphs as negotiators do', () => {
    expect(['pp-3', 'op-12', 'op-12-b', 'op-12-b-ii'].map(paragraphName)).toEqual(['PP3', 'OP12', 'OP12(b)', 'OP12(b)(ii)']);
  });

  it('writes a standalone HTML file with insertions and deletions marked, page text kept as text', () => {
    const html = comparisonToHtml(comparison, labels);
    const { document } = parseHTML(html);
    expect(document.querySelector('script')).toBeNull();
    expect(document.querySelector('h1')!.textContent).toBe('A/RES/1/1 → A/RES/2/2');
    expect(document.querySelector('strong')!.textContent).toBe('1 changed, 1 new, 1 dropped, 2 unchanged');
    const op1 = document.getElementById('op-1')!;
    expect(op1.querySelector('del')!.textContent).toBe('fourth');
    expect(op1.querySelector('ins')!.textContent).toBe('sixth');
    expect(op1.querySelector('ins')!.getAttribute('style')).toContain('underline');
    expect(document.getElementById('op-3')!.textContent).toContain('<script>alert(1)</script> cooperate;');
    expect(document.getElementById('op-3')!.textContent).toContain('was OP2');
    expect(document.getElementById('old-op-3')!.querySelector('del')!.textContent).toBe('Requests a report at its eightieth session.');
  });

  it('writes Markdown with the same pairs: ~~deleted~~, **inserted**, names and notes', () => {
    const markdown = comparisonToMarkdown(comparison, labels);
    expect(markdown.split('\n')).toEqual([
      '# A/RES/1/1 → A/RES/2/2',
      '',
      '**1 changed, 1 new, 1 dropped, 2 unchanged**',
      '',
      'PP1. Recalling its resolution 76/186, _(unchanged)_',
      '',
      'OP1. Welcomes the ~~fourth~~ **sixth** meeting of the Coordination Group; _(changed)_',
      '',
      'OP2. **Stresses the need to treat victims with respect and dignity;** _(new)_',
      '',
      'OP3. Invites Member States to \\<script\\>alert(1)\\</script\\> cooperate; _(unchanged; was OP2)_',
      '',
      'OP3. ~~Requests a report at its eightieth session.~~ _(dropped)_',
      '',
    ]);
  });
});
