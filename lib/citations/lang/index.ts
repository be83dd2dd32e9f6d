/** The six UN languages' data, by language code. */
import type { UnLang } from '../types';
import { ar } from './ar';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { ru } from './ru';
import type { LanguageData } from './types';
import { zh } from './zh';

export const LANGUAGES: Readonly<Record<UnLang, LanguageData>> = { ar, zh, en, fr, ru, es };
export type { LanguageData, BodyName, NamedBody, PinpointLabel } from './types';
