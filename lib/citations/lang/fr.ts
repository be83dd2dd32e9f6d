/** French: how UN documents in French cite resolutions and decisions. */
import type { LanguageData } from './types';

const APOS = `['’]`;

export const fr: LanguageData = {
  lang: 'fr',
  resolutionHeads: `r[ée]solutions?`,
  decisionHeads: `d[ée]cisions?`,
  possessives: `sa|ses|son|leur|leurs`,
  numberMarkers: `n[°ºo]s?\\.?|numéro`,
  joinerWords: `et|ou|ainsi\\s+que`,
  dateAfter: `(?:(?:en\\s+date\\s+)?du|le)\\s+(?:\\d{1,2}(?:er)?(?:\\s*[-–]\\s*\\d{1,2})?\\s+\\p{L}+\\s+)?\\d{4}`,
  titleIntro: `intitulée?s?`,
  topicIntro: `sur|relatives?\\s+(?:à|au|aux)|concernant|portant\\s+sur`,
  damagedHeads: { resolution: ['résolution', 'résolutions'], decision: ['décision', 'décisions'] },
  fillers: `également|aussi`,
  bodyConnector: `du\\s+|de\\s+la\\s+|de\\s+l${APOS}\\s*|des\\s+|par\\s+(?:la\\s+|le\\s+|l${APOS}\\s*)?`,
  adoptedBy: `(?:adoptée?s?|approuvée?s?|entérinée?s?)\\s+par\\s+(?:la\\s+|le\\s+|l${APOS}\\s*)?`,
  subjectArticle: `le|la|l['’]`,
  authorBridge: `dans|par`,
  possessiveBridge: `,?\\s*(?:dans|par)?`,
  bodies: [
    { body: 'HRC', re: `Conseil\\s+des\\s+droits\\s+de\\s+l${APOS}\\s*homme` },
    {
      body: 'SUBCOM',
      re: `Sous-[Cc]ommission\\s+de\\s+la\\s+(?:promotion\\s+et\\s+de\\s+la\\s+protection\\s+des\\s+droits\\s+de\\s+l${APOS}\\s*homme|lutte\\s+contre\\s+les\\s+mesures\\s+discriminatoires)`,
    },
    { body: 'CHR', re: `Commission\\s+des\\s+droits\\s+de\\s+l${APOS}\\s*homme` },
    { body: 'CCPCJ', re: `Commission\\s+(?:pour\\s+la|de\\s+la)\\s+prévention\\s+du\\s+crime\\s+et\\s+(?:de\\s+)?la\\s+justice\\s+pénale` },
    { body: 'CND', re: `Commission\\s+des\\s+stupéfiants` },
    {
      body: 'OTHER-UN',
      re: `Conférence\\s+des\\s+États\\s+parties\\s+à\\s+la\\s+Convention\\s+des\\s+Nations\\s+Unies\\s+contre\\s+la\\s+corruption`,
    },
    {
      body: 'OTHER-UN',
      re: `Conférence\\s+des\\s+Parties\\s+à\\s+la\\s+Convention(?:-cadre)?\\s+(?:des\\s+Nations\\s+Unies\\s+sur\\s+les\\s+changements|sur\\s+la\\s+diversité)`,
    },
    {
      body: 'COP-UNTOC',
      re: `Conférence\\s+des\\s+Parties(?:\\s+à\\s+la\\s+Convention\\s+des\\s+Nations\\s+Unies\\s+contre\\s+la\\s+criminalité\\s+transnationale\\s+organisée)?`,
    },
    { body: 'ECOSOC', re: `Conseil\\s+économique\\s+et\\s+social|ECOSOC` },
    { body: 'SC', re: `Conseil\\s+de\\s+sécurité` },
    { body: 'GA', re: `Assemblée\\s+générale` },
    {
      body: 'OTHER-UN',
      re: `Congrès\\s+des\\s+Nations\\s+Unies\\s+(?:pour\\s+la|sur\\s+la)\\s+prévention\\s+du\\s+crime(?:\\s+et\\s+la\\s+justice\\s+pénale)?`,
    },
    {
      body: 'OTHER-UN',
      re: `Assemblée\\s+mondiale\\s+de\\s+la\\s+[Ss]anté|Assemblée\\s+des\\s+Nations\\s+Unies\\s+pour\\s+l${APOS}\\s*environnement|Conseil\\s+exécutif|Conférence\\s+générale|Conférence\\s+de\\s+plénipotentiaires|Conseil\\s+d${APOS}\\s*administration|Conseil\\s+de\\s+tutelle`,
    },
    {
      body: 'OTHER-UN',
      re: `Commission\\s+économique(?:\\s+et\\s+sociale)?\\s+pour\\s+\\p{L}+(?:\\s+\\p{L}+){0,3}|Commission\\s+de\\s+la\\s+condition\\s+de\\s+la\\s+femme|Commission\\s+du\\s+droit\\s+international`,
    },
    {
      body: 'NON-UN',
      re: `Conseil\\s+ministériel(?:\\s+de\\s+l${APOS}\\s*OSCE)?|Comité\\s+des\\s+[Mm]inistres|OSCE|Organisation\\s+pour\\s+la\\s+sécurité\\s+et\\s+la\\s+coopération\\s+en\\s+Europe|Conseil\\s+de\\s+l${APOS}\\s*Europe`,
    },
    {
      body: 'NON-UN',
      re: `Union\\s+africaine|Ligue\\s+des\\s+États\\s+arabes|Union\\s+européenne|Parlement\\s+européen|Organisation\\s+des\\s+États\\s+américains|Assemblée\\s+parlementaire|Organisation\\s+de\\s+la\\s+coopération\\s+islamique`,
    },
    { body: 'COUNCIL', re: `Conseil` },
    { body: 'ASSEMBLY', re: `Assemblée` },
    { body: 'SUBSIDIARY', re: `Commission|Comité|Conseil\\s+d['’]administration|Conférence|Congrès|Forum` },
  ],
  speakers: [
    { body: 'GA', re: `L${APOS}\\s*Assemblée\\s+générale` },
    { body: 'SC', re: `Le\\s+Conseil\\s+de\\s+sécurité` },
    { body: 'ECOSOC', re: `Le\\s+Conseil\\s+économique\\s+et\\s+social` },
    { body: 'HRC', re: `Le\\s+Conseil\\s+des\\s+droits\\s+de\\s+l${APOS}\\s*homme` },
    { body: 'CHR', re: `La\\s+Commission\\s+des\\s+droits\\s+de\\s+l${APOS}\\s*homme` },
    { body: 'CCPCJ', re: `La\\s+Commission\\s+pour\\s+la\\s+prévention\\s+du\\s+crime\\s+et\\s+la\\s+justice\\s+pénale` },
    { body: 'CND', re: `La\\s+Commission\\s+des\\s+stupéfiants` },
  ],
  pinpoints: [
    { label: 'annex', re: `annexes?` },
    { label: 'para.', re: `paragraphes?|par\\.|al\\.` },
    { label: 'chap.', re: `chapitres?|chap\\.` },
    { label: 'sect.', re: `sections?|sect\\.` },
    { label: 'Part', re: `parties?` },
  ],
  pinpointOf: `(?:de\\s+la|du|des|de|à\\s+la|au|aux|dans\\s+la|dans\\s+le)\\s+|(?:de|à|dans)\\s+l${APOS}\\s*`,
  documentNouns: `rapport|document|note|lettre`,
  ordinals: { première: 1, premier: 1, deuxième: 2, troisième: 3 },
};
