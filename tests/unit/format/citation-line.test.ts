import { describe, expect, it } from 'vitest';
import { citationLine, formatUnDate, resolutionOf, undocsLink } from '../../../lib/format/citation-line';

describe('citationLine', () => {
  it('cites a General Assembly resolution as UN documents do, in the six languages', () => {
    expect(citationLine('A/RES/80/173', 'en', '2025-12-17')).toBe('General Assembly resolution 80/173 of 17 December 2025');
    expect(citationLine('A/RES/80/173', 'fr', '2025-12-17')).toBe('résolution 80/173 de l’Assemblée générale en date du 17 décembre 2025');
    expect(citationLine('A/RES/80/173', 'es', '2025-12-17')).toBe('resolución 80/173 de la Asamblea General, de 17 de diciembre de 2025');
    expect(citationLine('A/RES/80/173', 'ru', '2025-12-17')).toBe('резолюция 80/173 Генеральной Ассамблеи от 17 декабря 2025 года');
    expect(citationLine('A/RES/80/173', 'ar', '2025-12-17')).toBe('قرار الجمعية العامة 80/173 المؤرخ 17 كانون الأول/ديسمبر 2025');
    expect(citationLine('A/RES/80/173', 'zh', '2025-12-17')).toBe('大会2025年12月17日第80/173号决议');
  });

  it('leaves the date out when it is unknown or partial, and cites Security Council resolutions by number and year', () => {
    expect(citationLine('A/RES/79/1', 'en')).toBe('General Assembly resolution 79/1');
    expect(citationLine('A/RES/79/1', 'en', '2024-09')).toBe('General Assembly resolution 79/1');
    expect(citationLine('S/RES/2768 (2025)', 'en', '2025-01-31')).toBe('Security Council resolution 2768 (2025)');
    expect(citationLine('S/RES/2768 (2025)', 'zh')).toBe('安全理事会第2768(2025)号决议');
    expect(citationLine('E/RES/2022/14', 'en', '2022-07-22')).toBe('Economic and Social Council resolution 2022/14 of 22 July 2022');
    expect(citationLine('A/HRC/RES/55/1', 'fr', '2024-04-01')).toBe(
      'résolution 55/1 du Conseil des droits de l’homme en date du 1er avril 2024',
    );
  });

  it('cites any other document by its symbol', () => {
    expect(citationLine('A/80/L.41', 'en', '2025-12-01')).toBe('A/80/L.41');
    expect(resolutionOf('S/PV.3756')).toBeNull();
    expect(resolutionOf('A/RES/ES-10/22')).toEqual({ organ: 'ga', number: 'ES-10/22' });
  });

  it('formats only whole, valid dates', () => {
    expect(formatUnDate('2025-13-01', 'en')).toBeNull();
    expect(formatUnDate(undefined, 'en')).toBeNull();
    expect(formatUnDate('2025-03-01', 'es')).toBe('1 de marzo de 2025');
  });

  it('links to undocs.org with the symbol readable', () => {
    expect(undocsLink('A/RES/80/173', 'en')).toBe('https://undocs.org/en/A/RES/80/173');
    expect(undocsLink('S/RES/2768 (2025)', 'fr')).toBe('https://undocs.org/fr/S/RES/2768%20(2025)');
  });
});
