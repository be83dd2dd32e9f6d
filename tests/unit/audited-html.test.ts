// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { bundledHtml, fragmentFromBundledHtml, type BundledHtml } from '../../lib/dom/audited-html';

describe('audited HTML helper', () => {
  it('builds an inert fragment from a constant template', () => {
    const fragment = fragmentFromBundledHtml(document, bundledHtml`<p class="note"><b>Resolute</b></p>`);
    expect(fragment.childNodes).toHaveLength(1);
    expect(fragment.querySelector('p.note b')?.textContent).toBe('Resolute');
    // Inert: nothing was attached to the document.
    expect(document.querySelector('p.note')).toBeNull();
  });

  it('refuses a template with substitutions even when the type check is bypassed', () => {
    const pageText = '<img src=x onerror=alert(1)>';
    const tag = bundledHtml as unknown as (s: TemplateStringsArray, ...v: string[]) => BundledHtml;
    expect(() => tag`<p>${pageText}</p>`).toThrow(TypeError);
  });

  it('refuses a hand-made strings array', () => {
    const fake = Object.assign(['<p>x</p>'], { raw: ['<p>x</p>'] }) as unknown as TemplateStringsArray;
    expect(() => bundledHtml(fake)).toThrow(TypeError);
  });
});
