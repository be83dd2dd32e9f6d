/**
 * The lines of a resolution's text as clause segmentation reads them. Each preambular
 * paragraph opens a body-of-text: the adopting line ("The General Assembly,") and then
 * participles ("Recalling", "ссылаясь", "إذ تشير", "回顾"), which is how UN texts in every
 * language begin a preambular paragraph.
 */
import type { UnLang } from '../citations/types';

/** The line naming the body that adopts the text: "The General Assembly," / "大会，". */
const BODY_NAMES = [
  String.raw`(?:The\s+)?(?:General\s+Assembly|Security\s+Council|Economic\s+and\s+Social\s+Council|Human\s+Rights\s+Council|Trusteeship\s+Council)`,
  String.raw`(?:L['’]\s*|Le\s+)(?:Assemblée\s+générale|Conseil\s+de\s+sécurité|Conseil\s+économique\s+et\s+social|Conseil\s+des\s+droits\s+de\s+l['’]homme)`,
  String.raw`(?:La\s+|El\s+)(?:Asamblea\s+General|Consejo\s+de\s+Seguridad|Consejo\s+Económico\s+y\s+Social|Consejo\s+de\s+Derechos\s+Humanos)`,
  String.raw`(?:Генеральная\s+Ассамблея|Совет\s+Безопасности|Экономический\s+и\s+Социальный\s+Совет|Совет\s+по\s+правам\s+человека)`,
  String.raw`(?:إن\s+)?(?:الجمعية\s+العامة|مجلس\s+الأمن|المجلس\s+الاقتصادي\s+والاجتماعي|مجلس\s+حقوق\s+الإنسان)`,
  String.raw`(?:大会|安全理事会|安理会|经济及社会理事会|人权理事会)`,
].join('|');

/** The adopting line alone on its line (comma optional: Markdown copies drop it). */
export const ADOPTING_LINE = new RegExp(String.raw`^(?:[-*•]\s+)?(?:\*\*)?(?:${BODY_NAMES})(?:\*\*)?\s*([,،，])?\s*$`, 'u');
/** The adopting words inside one long line (PDF text without line breaks): comma required. */
export const ADOPTING_INLINE = new RegExp(String.raw`(?<=^|[\s\]])(?:${BODY_NAMES})\s*[,،，](?=\s)`, 'gu');

/** Preambular openers by language, at the start of a line (after a list bullet, if any). */
const OPENERS: Record<UnLang, RegExp> = {
  en: /^(?:(?:Deeply|Gravely|Seriously|Strongly|Further|Also|Fully|Firmly|Profoundly|Particularly)\s+)?(?:(?!United\b|Beijing\b|Limited\b|Red\b|Kingdom\b)[A-Z][a-z]{2,}(?:ing|ed)|Aware|Mindful|Conscious|Cognizant|Cognisant|Bearing|Taking|Having|Guided|Determined|Alarmed|Convinced|Concerned|Desirous|Deploring|Emphasizing|Emphasising)\b/u,
  fr: /^(?:(?:Profondément|Vivement|Gravement|Sérieusement|Très|Fermement|Pleinement|Également|Aussi)\s+)?(?:Se\s+|S['’])?(?!Assemblée\b|Année\b|Armée\b|Journée\b|Durée\b|Entrée\b|Charte\b)[A-ZÀ-Ý][a-zà-ÿ]+(?:ant|ante|antes|ants|ée|ées|ue|ues|ète|ètes|ifiée|ise)\b/u,
  es: /^(?:(?:Profundamente|Gravemente|Sumamente|Seriamente|Firmemente|Plenamente|Hondamente|Muy)\s+)?(?!Presidente\b|Oriente\b|Parte\b|Estados\b|Unidas\b|Agenda\b)[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:ando|endo|iendo|ada|ida|adas|idas|ante|ente|ados|idos)\b/u,
  ru: /^(?:(?:вновь|также|далее|еще\s+раз|ещё\s+раз|глубоко|серьезно|серьёзно|особо|твердо|твёрдо|всецело|полностью|неизменно|решительно|настоятельно|высоко|с\s+[а-яё]+(?:\s+[а-яё]+)?)\s+){0,3}(?:ссылаясь|подтверждая|признавая|отмечая|напоминая|подчеркивая|подчёркивая|приветствуя|выражая|учитывая|памятуя|принимая|сознавая|осознавая|констатируя|заявляя|будучи|исходя|считая|осуждая|сожалея|рассмотрев|изучив|одобряя|поддерживая|призывая|оценивая|рассматривая|стремясь|желая|опираясь|понимая|полагая|придавая|руководствуясь|воздавая|имея|надеясь|вновь|напомнив|заслушав|констатировав|сохраняя|отдавая|высоко|будучи|обеспокоенная|убежденная|убеждённая|встревоженная|преисполненная|исполненная|отмечая|действуя|определив|определяя|установив|ссылаясь|вспоминая|указывая|беря|делая)(?=[\s,:]|$)/iu,
  ar: /^(?:و\s*)?(?:إذ|وإذ|وقد|قد|اقتناعا|اقتناعاً|إدراكا|إدراكاً|اعترافا|اعترافاً|تسليما|تسليماً|ترحيبا|اهتداء|اهتداءً|تصميما|تصميماً|حرصا|حرصاً|رغبة|رغبةً|وإدراكا|واقتناعا|واعترافا)\s/u,
  zh: /^(?:又|还|并|再次|深为|深切|严重|认真|着重|满意地|欣见|重申|回顾|忆及|注意到|认识到|确认|欢迎|关切|强调|铭记|考虑到|表示|申明|深信|意识到|念及|审议了|认为|承认|赞扬|震惊|决心|希望|遗憾|深感|指出|重视|对|根据|决意|申明|感谢|赞赏|肯定|痛惜|谴责|警惕|认定|断定|确定|认可|坚信|相信|呼吁|支持|鼓励|注意|审议|收到|获悉)/u,
};

export function startsPreambularParagraph(line: string, lang: UnLang): boolean {
  return OPENERS[lang].test(line.replace(/^[-*•]\s+/u, '').replace(/^\*+|^_+/u, ''));
}

/** How a paragraph may start in a script: lowercase in Russian, a capital in the Latin languages. */
export function startsLikeParagraph(line: string, lang: UnLang): boolean {
  const first = line.replace(/^[-*•]\s+/u, '').charAt(0);
  if (lang === 'ru') return /\p{Ll}/u.test(first);
  if (lang === 'en' || lang === 'fr' || lang === 'es') return /\p{Lu}/u.test(first);
  return first !== '';
}

/** Characters that end a clause or a paragraph of a preamble (footnote marks stripped first). */
export const CLAUSE_END = /[,;:.،؛，；：。]$/u;

/** A line's end with footnote marks after the punctuation removed: "детей4," → "детей4,"; "развития, 1" → "развития,". */
export function lastMeaningful(line: string): string {
  const trimmed = line.trimEnd();
  const stripped = trimmed.replace(/[\s0-9*†]+$/u, '');
  return CLAUSE_END.test(stripped) ? stripped : trimmed;
}

/** An annex heading ends the resolution's body. */
export const ANNEX_HEADING =
  /^(?:Annex|ANNEX|Annexe|ANNEXE|Anexo|ANEXO|Приложение|ПРИЛОЖЕНИЕ|المرفق|附件)(?:\s+[IVXLC0-9]+|\s+[\u0600-\u06FF]+|[一二三四五六七八九十]+)?\s*[*0-9]{0,2}$/u;
/** The closing line of a resolution: the meeting that adopted it. */
export const MEETING_LINE =
  /(?:plenary\s+meeting|séance\s+plénière|sesión\s+plenaria|пленарное\s+заседание|пленарном\s+заседании|الجلسة\s+العامة|全体会议)/iu;
