/**
 * A metadata date (`yyyy-mm-dd`, `yyyy-mm` or `yyyy`) as the browser's UI language writes it.
 * The date is a calendar day, not an instant: formatted in UTC so no time zone moves it a day.
 */
import { browser } from 'wxt/browser';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(parts: number): Intl.DateTimeFormat {
  const key = String(parts);
  let fmt = formats.get(key);
  if (fmt === undefined) {
    const options: Intl.DateTimeFormatOptions =
      parts === 3 ? { dateStyle: 'medium', timeZone: 'UTC' } : parts === 2 ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', timeZone: 'UTC' };
    fmt = new Intl.DateTimeFormat(browser.i18n.getUILanguage(), options);
    formats.set(key, fmt);
  }
  return fmt;
}

export function displayDate(iso: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (match === null) return iso;
  const [, y, m, d] = match;
  const parts = d !== undefined ? 3 : m !== undefined ? 2 : 1;
  return format(parts).format(new Date(Date.UTC(Number(y), Number(m ?? '1') - 1, Number(d ?? '1'))));
}
