/**
 * Chinese: the head word follows the number (`第76/181号决议`, a list `第61/180、64/178和74/176号决议`),
 * a body or `其` (its) and a date come before `第` (`大会2006年12月20日第61/180号决议`), parentheses
 * and digits may be full-width. These fields are read by `find-references-zh.ts`.
 */
import type { LanguageData } from './types';

export const zh: LanguageData = {
  lang: 'zh',
  resolutionHeads: `号?决议`,
  decisionHeads: `号?决定`,
  possessives: `其`,
  numberMarkers: `第`,
  joinerWords: `、|，|,|和|及|以及|与|或`,
  dateAfter: `[0-9０-９]{4}\\s*年(?:\\s*[0-9０-９]{1,2}\\s*月(?:\\s*[0-9０-９]{1,2}\\s*日)?)?`,
  titleIntro: `关于[^。；;，,]{0,80}?的`,
  topicIntro: `(?!)`,
  fillers: `通过的|的`,
  bodyConnector: ``,
  adoptedBy: ``,
  subjectArticle: `(?!)`,
  authorBridge: `(?!)`,
  possessiveBridge: `[，,]?\\s*(?:在)?`,
  bodies: [
    { body: 'HRC', re: `人权理事会` },
    { body: 'SUBCOM', re: `增进和保护人权小组委员会|防止歧视和保护少数小组委员会` },
    { body: 'CHR', re: `人权委员会` },
    { body: 'CCPCJ', re: `预防犯罪和刑事司法委员会` },
    { body: 'CND', re: `麻醉药品委员会` },
    { body: 'OTHER-UN', re: `联合国反腐败公约缔约国会议` },
    { body: 'COP-UNTOC', re: `(?:联合国打击跨国有组织犯罪公约)?缔约方会议` },
    { body: 'OTHER-UN', re: `联合国预防犯罪和刑事司法大会|世界卫生大会|联合国环境大会|执行局|国际法委员会|妇女地位委员会` },
    { body: 'ECOSOC', re: `经济及社会理事会|经社理事会` },
    { body: 'SC', re: `安全理事会|安理会` },
    { body: 'GA', re: `大会` },
    {
      body: 'NON-UN',
      re: `欧洲安全与合作组织|欧安组织|部长理事会|欧洲委员会|非洲联盟|非盟|阿拉伯国家联盟|欧洲联盟|欧盟|美洲国家组织|伊斯兰合作组织`,
    },
    { body: 'COUNCIL', re: `理事会` },
    { body: 'SUBSIDIARY', re: `委员会|执行局|论坛` },
  ],
  speakers: [
    { body: 'GA', re: `大会` },
    { body: 'SC', re: `安全理事会` },
    { body: 'ECOSOC', re: `经济及社会理事会` },
    { body: 'HRC', re: `人权理事会` },
    { body: 'CHR', re: `人权委员会` },
    { body: 'CCPCJ', re: `预防犯罪和刑事司法委员会` },
    { body: 'CND', re: `麻醉药品委员会` },
  ],
  pinpoints: [
    { label: 'annex', re: `附件` },
    { label: 'para.', re: `段` },
    { label: 'chap.', re: `章` },
    { label: 'sect.', re: `节` },
    { label: 'Part', re: `部分` },
  ],
  pinpointOf: ``,
  documentNouns: `(?!)`,
  ordinals: { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 },
};
