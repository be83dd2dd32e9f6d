/** Spanish: how UN documents in Spanish cite resolutions and decisions. */
import type { LanguageData } from './types';

export const es: LanguageData = {
  lang: 'es',
  resolutionHeads: `resoluci(?:ón|on|ones)`,
  decisionHeads: `decisi(?:ón|on|ones)`,
  possessives: `su|sus`,
  numberMarkers: `n(?:[°º]|úm\\.|o\\.)|número`,
  joinerWords: `y|e|o|así\\s+como`,
  dateAfter: `de\\s+(?:\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\s+de\\s+\\p{L}+\\s+de\\s+)?\\d{4}`,
  titleIntro: `titulada?s?|denominada?s?`,
  topicIntro: `sobre|relativ[oa]s?\\s+a|acerca\\s+de`,
  damagedHeads: { resolution: ['resolución', 'resoluciones'], decision: ['decisión', 'decisiones'] },
  fillers: `también`,
  bodyConnector: `del\\s+|de\\s+la\\s+|de\\s+los\\s+|por\\s+(?:el\\s+|la\\s+)?`,
  adoptedBy: `(?:aprobad|adoptad|refrendad)[oa]s?\\s+por\\s+(?:la\\s+|el\\s+)?`,
  subjectArticle: `el|la`,
  authorBridge: `en|por|mediante`,
  possessiveBridge: `,?\\s*(?:en|por|mediante)?`,
  bodies: [
    { body: 'HRC', re: `Consejo\\s+de\\s+Derechos\\s+Humanos` },
    {
      body: 'SUBCOM',
      re: `Subcomisión\\s+de\\s+(?:Promoción\\s+y\\s+Protección\\s+de\\s+los\\s+Derechos\\s+Humanos|Prevención\\s+de\\s+Discriminaciones\\s+y\\s+Protección\\s+a\\s+las\\s+Minorías)`,
    },
    { body: 'CHR', re: `Comisión\\s+de\\s+Derechos\\s+Humanos` },
    { body: 'CCPCJ', re: `Comisión\\s+de\\s+Prevención\\s+del\\s+Delito\\s+y\\s+Justicia\\s+Penal` },
    { body: 'CND', re: `Comisión\\s+de\\s+Estupefacientes` },
    {
      body: 'OTHER-UN',
      re: `Conferencia\\s+de\\s+los\\s+Estados\\s+Partes\\s+en\\s+la\\s+Convención\\s+de\\s+las\\s+Naciones\\s+Unidas\\s+contra\\s+la\\s+Corrupción`,
    },
    {
      body: 'OTHER-UN',
      re: `Conferencia\\s+de\\s+las\\s+Partes\\s+en\\s+la\\s+Convención\\s+(?:Marco\\s+de\\s+las\\s+Naciones\\s+Unidas\\s+sobre\\s+el\\s+Cambio|sobre\\s+la\\s+Diversidad)`,
    },
    {
      body: 'COP-UNTOC',
      re: `Conferencia\\s+de\\s+las\\s+Partes(?:\\s+en\\s+la\\s+Convención\\s+de\\s+las\\s+Naciones\\s+Unidas\\s+contra\\s+la\\s+Delincuencia\\s+Organizada\\s+Transnacional)?`,
    },
    { body: 'ECOSOC', re: `Consejo\\s+Económico\\s+y\\s+Social|ECOSOC` },
    { body: 'SC', re: `Consejo\\s+de\\s+Seguridad` },
    { body: 'GA', re: `Asamblea\\s+General` },
    {
      body: 'OTHER-UN',
      re: `Congreso\\s+de\\s+las\\s+Naciones\\s+Unidas\\s+sobre\\s+Prevención\\s+del\\s+Delito(?:\\s+y\\s+Justicia\\s+Penal)?`,
    },
    {
      body: 'OTHER-UN',
      re: `Asamblea\\s+Mundial\\s+de\\s+la\\s+Salud|Asamblea\\s+de\\s+las\\s+Naciones\\s+Unidas\\s+sobre\\s+el\\s+Medio\\s+Ambiente|Junta\\s+Ejecutiva|Conferencia\\s+General|Conferencia\\s+de\\s+Plenipotenciarios|Consejo\\s+de\\s+Administración|Consejo\\s+de\\s+Administración\\s+Fiduciaria`,
    },
    {
      body: 'OTHER-UN',
      re: `Comisión\\s+Económica(?:\\s+y\\s+Social)?\\s+para\\s+\\p{L}+(?:\\s+\\p{L}+){0,3}|Comisión\\s+de\\s+la\\s+Condición\\s+Jurídica\\s+y\\s+Social\\s+de\\s+la\\s+Mujer|Comisión\\s+de\\s+Derecho\\s+Internacional`,
    },
    {
      body: 'NON-UN',
      re: `Consejo\\s+Ministerial(?:\\s+de\\s+la\\s+OSCE)?|Comité\\s+de\\s+Ministros|OSCE|Organización\\s+para\\s+la\\s+Seguridad\\s+y\\s+la\\s+Cooperación\\s+en\\s+Europa|Consejo\\s+de\\s+Europa`,
    },
    {
      body: 'NON-UN',
      re: `Unión\\s+Africana|Liga\\s+de\\s+los\\s+Estados\\s+Árabes|Unión\\s+Europea|Parlamento\\s+Europeo|Organización\\s+de\\s+los\\s+Estados\\s+Americanos|Asamblea\\s+Parlamentaria|Organización\\s+de\\s+Cooperación\\s+Islámica`,
    },
    { body: 'COUNCIL', re: `Consejo` },
    { body: 'ASSEMBLY', re: `Asamblea` },
    { body: 'SUBSIDIARY', re: `Comisión|Comité|Junta|Conferencia|Congreso|Foro` },
  ],
  speakers: [
    { body: 'GA', re: `La\\s+Asamblea\\s+General` },
    { body: 'SC', re: `El\\s+Consejo\\s+de\\s+Seguridad` },
    { body: 'ECOSOC', re: `El\\s+Consejo\\s+Económico\\s+y\\s+Social` },
    { body: 'HRC', re: `El\\s+Consejo\\s+de\\s+Derechos\\s+Humanos` },
    { body: 'CHR', re: `La\\s+Comisión\\s+de\\s+Derechos\\s+Humanos` },
    { body: 'CCPCJ', re: `La\\s+Comisión\\s+de\\s+Prevención\\s+del\\s+Delito\\s+y\\s+Justicia\\s+Penal` },
    { body: 'CND', re: `La\\s+Comisión\\s+de\\s+Estupefacientes` },
  ],
  pinpoints: [
    { label: 'annex', re: `anexos?` },
    { label: 'para.', re: `párrafos?|párrs?\\.` },
    { label: 'chap.', re: `capítulos?|cap\\.` },
    { label: 'sect.', re: `secci(?:ón|ones)|secc?\\.` },
    { label: 'Part', re: `partes?` },
  ],
  pinpointOf: `(?:de\\s+la|de\\s+las|de\\s+los|del|de|a\\s+la|al|en\\s+la|en\\s+el)\\s+`,
  documentNouns: `informe|documento|nota|carta`,
  ordinals: { primera: 1, segunda: 2, tercera: 3 },
};
