/**
 * RFC 4180 CSV: comma-separated fields, records ended by CRLF or LF, fields optionally in double
 * quotes with `""` for a quote inside (quoted fields may hold commas and line breaks). Strict: a
 * quote inside an unquoted field, text after a closing quote, an unterminated quote or a record
 * with the wrong number of fields is an error naming the line, because a silently misread
 * catalogue row would put the wrong title or vote in front of a reader.
 */

export class CsvError extends Error {
  override name = 'CsvError';
}

/** Parses CSV text into records of fields. `source` names the input in error messages. */
export function parseCsv(text: string, source = 'CSV'): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let at = text.startsWith('\uFEFF') ? 1 : 0;
  let quoted = false;
  let fieldStarted = false;
  const fail = (what: string): never => {
    throw new CsvError(`${source} line ${line}: ${what}`);
  };
  const endField = () => {
    record.push(field);
    field = '';
    quoted = false;
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
    recordLine = line;
  };

  while (at < text.length) {
    const ch = text[at] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[at + 1] === '"') {
          field += '"';
          at += 2;
          continue;
        }
        const next = text[at + 1];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') fail('text after a closing quote');
        quoted = false;
        fieldStarted = true;
        at++;
        continue;
      }
      if (ch === '\n') line++;
      field += ch;
      at++;
      continue;
    }
    if (ch === ',') {
      endField();
      at++;
    } else if (ch === '\r' || ch === '\n') {
      at += ch === '\r' && text[at + 1] === '\n' ? 2 : 1;
      endRecord();
      line++;
      recordLine = line;
    } else if (ch === '"') {
      if (field !== '' || fieldStarted) fail('a quote inside an unquoted field');
      quoted = true;
      at++;
    } else {
      if (fieldStarted) fail('text after a closing quote');
      field += ch;
      at++;
    }
  }
  if (quoted) fail(`a quote opened on line ${recordLine} is never closed`);
  // The last record, unless the text ended with a line break.
  if (field !== '' || fieldStarted || record.length > 0) endRecord();
  return records;
}

/**
 * Records as objects keyed by the header row. Every record must have the header's number of
 * fields, and the header must name every column in `required`.
 */
export function readCsvTable(text: string, required: readonly string[], source = 'CSV'): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text, source);
  if (header === undefined) throw new CsvError(`${source}: empty file`);
  const missing = required.filter((column) => !header.includes(column));
  if (missing.length > 0) throw new CsvError(`${source}: missing column(s) ${missing.join(', ')}`);
  return rows.map((row, index) => {
    if (row.length !== header.length) {
      throw new CsvError(`${source} record ${index + 2}: ${row.length} fields, the header has ${header.length}`);
    }
    const out: Record<string, string> = {};
    header.forEach((column, i) => {
      out[column] = row[i] ?? '';
    });
    return out;
  });
}
