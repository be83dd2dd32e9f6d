import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chineseLocaleCopies } from '../../wxt.config';
import { langTag } from '../../lib/i18n/interface-locale';

const localesDir = fileURLToPath(new URL('../../public/_locales', import.meta.url));

describe('Chinese for every Chinese browser (ADR 0022)', () => {
  it('copies the UN Chinese messages (zh_CN) to the Traditional Chinese locales Chrome and Firefox pick', () => {
    const copies = chineseLocaleCopies(localesDir);
    expect(copies.map((copy) => copy.relativeDest).sort()).toEqual(['_locales/zh_HK/messages.json', '_locales/zh_TW/messages.json']);
    for (const copy of copies) {
      expect(copy.absoluteSrc).toBe(`${localesDir}/zh_CN/messages.json`);
      expect(existsSync(copy.absoluteSrc)).toBe(true);
    }
    // The copy says it is Chinese, so plurals, numbers and `lang` follow the text shown.
    const messages = JSON.parse(readFileSync(copies[0]!.absoluteSrc, 'utf8')) as Record<string, { message: string }>;
    expect(messages.locale_code?.message).toBe('zh');
  });

  it('marks Chinese text as simplified (zh-Hans), the other languages by their code', () => {
    expect(langTag('zh')).toBe('zh-Hans');
    expect(langTag('ar')).toBe('ar');
    expect(langTag('ru')).toBe('ru');
  });
});
