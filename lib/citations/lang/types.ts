/**
 * What the engine knows about one language. Every field is a regex source fragment, compiled by
 * `compile.ts`; together they describe how that language writes a reference to a resolution
 * or decision, so a reviewer who reads the language can check a single file.
 */
import type { Body, UnLang } from '../types';

/** A body as named in running text; `COUNCIL` / `ASSEMBLY` are the bare words, whose body is
 * the speaking council (or the General Assembly); `SUBSIDIARY` is a bare "Commission",
 * "Committee", "Board" or "Conference": the speaking commission, else some body without
 * symbols of its own, never a number's shape. */
export type NamedBody = Body | 'COUNCIL' | 'ASSEMBLY' | 'SUBSIDIARY';

export interface BodyName {
  body: NamedBody;
  /** Regex source, case-sensitive (proper names are capitalised), every grammatical case. */
  re: string;
}

export type PinpointLabel = 'annex' | 'para.' | 'chap.' | 'sect.' | 'Part';

export interface LanguageData {
  lang: UnLang;
  /** Resolution head words in every form, matched case-insensitively as a whole word. */
  resolutionHeads: string;
  decisionHeads: string;
  /** A possessive word right before the head word: `its`, `свою`, `sa`, `su`. */
  possessives: string;
  /** A possessive ending on the head word itself (Arabic `قرارها`). */
  possessiveSuffix?: string;
  /** "No." between head word and number: `№`, `n°`, `رقم`. */
  numberMarkers: string;
  /** Words joining list items (`and`, `и`, `et`); commas and semicolons are common to all. */
  joinerWords: string;
  /** A date after a number: `of 20 December 2006`, `от 20 декабря 2006 года`. */
  dateAfter: string;
  /** The words before a quoted title after a number: `entitled`, `под названием`. */
  titleIntro: string;
  /** Words opening a topic after a number (`on trafficking in women, 71/168 …`): the list
   * goes on after the topic. */
  topicIntro: string;
  /** Head words as PDF extraction breaks them with stray spaces (`resolu tion`), plain words. */
  damagedHeads?: { resolution: string[]; decision: string[] };
  /** Words that may stand between a number and what follows: `also`, `также`. */
  fillers: string;
  /** The connector before a body named after the number: `of the`, `du`; empty in Russian. */
  bodyConnector: string;
  /** The phrase before the author of acts cited earlier in the sentence: `adopted by the`. */
  adoptedBy: string;
  /** The article before a body named as the subject after a possessive reference
   * (`in accordance with its resolution 414 (XIII), the Economic and Social Council must …`). */
  subjectArticle: string;
  /** Words tying a body as subject to the head word after it (`the Commission, in resolution`). */
  authorBridge: string;
  /** Words tying a named body to a following possessive: `, in` (`the Assembly, in its …`). */
  possessiveBridge: string;
  bodies: BodyName[];
  /** Bodies as the first words of a resolution (`The General Assembly,`), nominative. */
  speakers: BodyName[];
  pinpoints: Array<{ label: PinpointLabel; re: string }>;
  /** The words tying a pinpoint written first to what it is a part of, with their trailing
   * space (`of the `, `de la `, `к `); may be empty where the case ending says it (Russian
   * `пункт 15 резолюции`, Arabic `مرفق القرار`). Read by leading-pinpoint.ts. */
  pinpointOf: string;
  /** A report or document named before its symbol in parentheses (`chapter IV of the report
   * (A/79/22)`), or before the symbol itself (`paragraph 4 of document A/79/22`). */
  documentNouns: string;
  /** Ordinal words after a pinpoint label (`часть первая`, `المرفق الثالث`). */
  ordinals: Record<string, number>;
}
