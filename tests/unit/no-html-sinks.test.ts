import { ESLint, RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { noHtmlSinks } from '../../eslint-rules/no-html-sinks.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const ruleTester = new RuleTester({
  languageOptions: {
    parser: tseslint.parser,
    parserOptions: { ecmaFeatures: { jsx: true } },
  },
});

const invalid = (code: string) => ({ code, errors: 1 });

ruleTester.run('resolute/no-html-sinks', noHtmlSinks, {
  valid: [
    'el.textContent = pageText;',
    'el.append(document.createTextNode(pageText));',
    'const key = "innerHTML"; el[key] = 1;', // a variable key: a linter cannot know it (review does)
    'stream.write(chunk);',
    'logger.writeln(line);',
    'new DOMParser().parseFromString(xml, "application/xml");',
    'new DOMParser().parseFromString(xml, "text/xml");',
    'const { textContent } = el;',
    'const view = <p title={pageText}>{pageText}</p>;',
  ],
  invalid: [
    invalid('el.innerHTML = pageText;'),
    invalid('const html = el.innerHTML;'),
    invalid('el["innerHTML"] = pageText;'),
    invalid('el[`outerHTML`] = pageText;'),
    invalid('el.outerHTML = pageText;'),
    invalid('el.insertAdjacentHTML("beforeend", pageText);'),
    invalid('document.write(pageText);'),
    invalid('window.document.writeln(pageText);'),
    invalid('new DOMParser().parseFromString(pageText, "text/html");'),
    invalid('new DOMParser().parseFromString(pageText, mimeType);'),
    invalid('const parse = parser.parseFromString;'),
    invalid('document.createRange().createContextualFragment(pageText);'),
    invalid('el.setHTMLUnsafe(pageText);'),
    invalid('Document.parseHTMLUnsafe(pageText);'),
    invalid('Object.assign(el, { innerHTML: pageText });'),
    invalid('h("div", { dangerouslySetInnerHTML: { __html: pageText } });'),
    invalid('const view = <div dangerouslySetInnerHTML={{ __html: pageText }} />;'),
  ],
});

/**
 * The real config, through ESLint's Node API. Type-aware linting only accepts files the
 * TypeScript project knows, so the snippet is linted under the path of an existing file (ESLint
 * lints the text given, not the file on disk).
 */
describe('the project ESLint config', () => {
  const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });
  const snippet = 'export function show(el: HTMLElement, x: string): void {\n  el.innerHTML = x;\n}\n';

  async function ruleIdsFor(code: string, filePath: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
  }

  it('reports `el.innerHTML = x` in components, lib, entrypoints and tests', async () => {
    for (const filePath of [
      'components/extension/i18n.ts',
      'lib/messages/runtime.ts',
      'entrypoints/content/index.ts',
      'tests/unit/locales.test.ts',
    ]) {
      expect(await ruleIdsFor(snippet, filePath), filePath).toEqual(['resolute/no-html-sinks']);
    }
  }, 60_000);

  it('exempts the audited helper', async () => {
    expect(await ruleIdsFor(snippet, 'lib/dom/audited-html.ts')).toEqual([]);
  }, 60_000);
});
