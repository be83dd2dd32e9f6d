/**
 * MARCXML (`<collection><record><controlfield tag>…<datafield tag ind1 ind2><subfield code>…`) read
 * into plain records, with or without namespace prefixes. What the fields mean for UN documents is
 * `marcxml.ts`'s business; this module only knows the MARC 21 slim shape.
 */
import { childElements, parseXml, textContent, type XmlElement } from './xml-reader';

export interface MarcSubfield {
  code: string;
  value: string;
}

export interface MarcField {
  tag: string;
  ind1: string;
  ind2: string;
  subfields: MarcSubfield[];
}

export interface MarcRecord {
  /** Control fields by tag (`001` is the record number). */
  control: Record<string, string>;
  fields: MarcField[];
}

export type MarcReadResult = { ok: true; records: MarcRecord[] } | { ok: false; error: string };

export function readMarcXml(xml: string): MarcReadResult {
  const parsed = parseXml(xml);
  if (!parsed.ok) return { ok: false, error: `not well-formed XML: ${parsed.error}` };
  const { root } = parsed;
  if (root.name === 'record') return { ok: true, records: [readRecord(root)] };
  if (root.name !== 'collection') return { ok: false, error: `not MARCXML: the root element is <${root.name}>` };
  return { ok: true, records: childElements(root, 'record').map(readRecord) };
}

function readRecord(element: XmlElement): MarcRecord {
  const control = Object.create(null) as Record<string, string>;
  const fields: MarcField[] = [];
  for (const child of childElements(element)) {
    const tag = child.attributes.tag ?? '';
    if (child.name === 'controlfield') {
      if (!Object.hasOwn(control, tag)) control[tag] = textContent(child).trim();
    } else if (child.name === 'datafield') {
      fields.push({
        tag,
        ind1: child.attributes.ind1 ?? ' ',
        ind2: child.attributes.ind2 ?? ' ',
        subfields: childElements(child, 'subfield').map((sub) => ({ code: sub.attributes.code ?? '', value: textContent(sub) })),
      });
    }
  }
  return { control, fields };
}

/** The data fields with this tag. */
export function fieldsOf(record: MarcRecord, tag: string): MarcField[] {
  return record.fields.filter((field) => field.tag === tag);
}

/** The first value of a subfield in a field, trimmed, or undefined when absent or empty. */
export function subfield(field: MarcField, code: string): string | undefined {
  for (const sub of field.subfields) {
    if (sub.code !== code) continue;
    const value = sub.value.trim();
    if (value !== '') return value;
  }
  return undefined;
}

/** Every non-empty value of `tag $code` in the record. */
export function valuesOf(record: MarcRecord, tag: string, code: string): string[] {
  const out: string[] = [];
  for (const field of fieldsOf(record, tag)) {
    for (const sub of field.subfields) {
      const value = sub.value.trim();
      if (sub.code === code && value !== '') out.push(value);
    }
  }
  return out;
}
