/** English: how UN documents in English cite resolutions and decisions. */
import type { LanguageData } from './types';

export const en: LanguageData = {
  lang: 'en',
  resolutionHeads: `resolutions?`,
  decisionHeads: `decisions?`,
  possessives: `its`,
  numberMarkers: `Nos?\\.|number`,
  joinerWords: `and|or|as\\s+well\\s+as`,
  dateAfter: `of\\s+(?:\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\s+\\p{L}+\\s+)?\\d{4}`,
  titleIntro: `entitled`,
  topicIntro: `on`,
  damagedHeads: { resolution: ['resolution', 'resolutions'], decision: ['decision', 'decisions'] },
  fillers: `also`,
  bodyConnector: `of\\s+(?:the\\s+)?|by\\s+(?:the\\s+)?`,
  adoptedBy: `(?:adopted|approved|endorsed)\\s+by\\s+(?:the\\s+)?`,
  subjectArticle: `the`,
  authorBridge: `in|by|through|under`,
  possessiveBridge: `,?\\s*(?:in|by|through)?`,
  bodies: [
    { body: 'HRC', re: `Human\\s+Rights\\s+Council` },
    {
      body: 'SUBCOM',
      re: `Sub-?[Cc]ommission\\s+on\\s+(?:the\\s+)?(?:Promotion\\s+and\\s+Protection\\s+of\\s+Human\\s+Rights|Prevention\\s+of\\s+Discrimination\\s+and\\s+Protection\\s+of\\s+Minorities)`,
    },
    { body: 'SUBCOM', re: `Sub-?[Cc]ommission(?!\\s+on)` },
    { body: 'CHR', re: `Commission\\s+on\\s+Human\\s+Rights` },
    { body: 'CCPCJ', re: `Commission\\s+on\\s+Crime\\s+Prevention\\s+and\\s+Criminal\\s+Justice` },
    { body: 'CND', re: `Commission\\s+on\\s+Narcotic\\s+Drugs` },
    {
      body: 'OTHER-UN',
      re: `Conference\\s+of\\s+(?:the\\s+)?States\\s+Parties\\s+to\\s+the\\s+United\\s+Nations\\s+Convention\\s+against\\s+Corruption`,
    },
    {
      body: 'OTHER-UN',
      re: `Conference\\s+of\\s+the\\s+Parties\\s+to\\s+the\\s+(?:United\\s+Nations\\s+Framework\\s+Convention|Convention\\s+on\\s+Biological|Basel|Rotterdam|Stockholm|Minamata)`,
    },
    {
      body: 'COP-UNTOC',
      re: `Conference\\s+of\\s+the\\s+Parties(?:\\s+to\\s+the\\s+United\\s+Nations\\s+Convention\\s+against\\s+Transnational\\s+Organized\\s+Crime)?`,
    },
    { body: 'ECOSOC', re: `Economic\\s+and\\s+Social\\s+Council|ECOSOC` },
    { body: 'SC', re: `Security\\s+Council` },
    { body: 'GA', re: `General\\s+Assembly` },
    {
      body: 'OTHER-UN',
      re: `United\\s+Nations\\s+Congress\\s+on\\s+(?:the\\s+)?(?:Crime\\s+Prevention|Prevention\\s+of\\s+Crime)(?:\\s+and\\s+(?:Criminal\\s+Justice|the\\s+Treatment\\s+of\\s+Offenders))?`,
    },
    {
      body: 'OTHER-UN',
      re: `World\\s+Health\\s+Assembly|United\\s+Nations\\s+Environment\\s+Assembly|Executive\\s+Board|General\\s+Conference|Plenipotentiary\\s+Conference|Governing\\s+Council|Trusteeship\\s+Council|International\\s+Law\\s+Commission`,
    },
    {
      body: 'OTHER-UN',
      re: `Economic\\s+(?:and\\s+Social\\s+)?Commission\\s+for\\s+\\p{L}+(?:\\s+(?:and\\s+)?(?:the\\s+)?\\p{Lu}\\p{L}*){0,3}`,
    },
    {
      body: 'OTHER-UN',
      re: `Commission\\s+on\\s+(?:the\\s+Status\\s+of\\s+Women|Population\\s+and\\s+Development|Social\\s+Development|Sustainable\\s+Development|Science\\s+and\\s+Technology\\s+for\\s+Development)`,
    },
    {
      body: 'NON-UN',
      re: `(?:OSCE\\s+)?Ministerial\\s+Council|Committee\\s+of\\s+Ministers|OSCE|Organization\\s+for\\s+Security\\s+and\\s+Co-?operation\\s+in\\s+Europe|Council\\s+of\\s+Europe`,
    },
    {
      body: 'NON-UN',
      re: `African\\s+Union|League\\s+of\\s+Arab\\s+States|European\\s+(?:Union|Parliament|Council)|Organization\\s+of\\s+American\\s+States|Parliamentary\\s+Assembly|Organi[sz]ation\\s+of\\s+(?:the\\s+)?Islamic\\s+Co-?operation`,
    },
    { body: 'COUNCIL', re: `Council(?:['’]s)?` },
    { body: 'ASSEMBLY', re: `Assembly(?:['’]s)?` },
    { body: 'SUBSIDIARY', re: `(?:Commission|Committee|Board|Conference|Congress|Forum)(?:['’]s)?` },
  ],
  speakers: [
    { body: 'GA', re: `The\\s+General\\s+Assembly` },
    { body: 'SC', re: `The\\s+Security\\s+Council` },
    { body: 'ECOSOC', re: `The\\s+Economic\\s+and\\s+Social\\s+Council` },
    { body: 'HRC', re: `The\\s+Human\\s+Rights\\s+Council` },
    { body: 'CHR', re: `The\\s+Commission\\s+on\\s+Human\\s+Rights` },
    { body: 'CCPCJ', re: `The\\s+Commission\\s+on\\s+Crime\\s+Prevention\\s+and\\s+Criminal\\s+Justice` },
    { body: 'CND', re: `The\\s+Commission\\s+on\\s+Narcotic\\s+Drugs` },
    {
      body: 'COP-UNTOC',
      re: `The\\s+Conference\\s+of\\s+the\\s+Parties\\s+to\\s+the\\s+United\\s+Nations\\s+Convention\\s+against\\s+Transnational\\s+Organized\\s+Crime`,
    },
  ],
  pinpoints: [
    { label: 'annex', re: `annex(?:es)?` },
    { label: 'para.', re: `paragraphs?|paras?\\.` },
    { label: 'chap.', re: `chapters?|chap\\.` },
    { label: 'sect.', re: `sections?|sect\\.` },
    { label: 'Part', re: `parts?` },
  ],
  pinpointOf: `(?:of|to|in)\\s+(?:the\\s+)?`,
  documentNouns: `report|document|note|letter`,
  ordinals: { one: 1, two: 2, three: 3, four: 4, five: 5, first: 1, second: 2, third: 3 },
};
