import { describe, expect, it } from 'vitest';
import { CsvImportError, exportHeader, exportLines, parseAccountsCsv, separatorOf } from './accounts-csv';

/** The CSV files of the import and export (docs/adr/0035): French Excel, other tools, round trip. */
describe('parseAccountsCsv', () => {
  it('reads a French Excel export: BOM, ";" and French headers, quoted separators', () => {
    const file = Buffer.from(
      '\uFEFFCourriel;Prénom;Nom;Organisation;Matricule\r\nmarie@example.fr;Marie;"Curie; née Skłodowska";ddpp-35;HR-1\r\n\r\n;;;;\r\npaul@example.fr;Paul;Martin;;\r\n',
    );
    expect(parseAccountsCsv(file)).toEqual([
      {
        line: 2,
        values: {
          email: 'marie@example.fr',
          first_name: 'Marie',
          last_name: 'Curie; née Skłodowska',
          organisation_id: 'ddpp-35',
          external_id: 'HR-1',
        },
      },
      {
        line: 5,
        values: {
          email: 'paul@example.fr',
          first_name: 'Paul',
          last_name: 'Martin',
          organisation_id: '',
          external_id: '',
        },
      },
    ]);
  });

  it('reads "," files with the documented headers in any order, extra columns ignored', () => {
    const file = Buffer.from('last_name,email,first_name,language,notes\nCurie,marie@example.fr,Marie,en,"a, b"\n');
    expect(parseAccountsCsv(file)).toEqual([
      { line: 2, values: { last_name: 'Curie', email: 'marie@example.fr', first_name: 'Marie', language: 'en' } },
    ]);
  });

  it('says what is wrong with a file it cannot take', () => {
    const problem = (text: string) => {
      try {
        parseAccountsCsv(Buffer.from(text));
      } catch (error) {
        if (error instanceof CsvImportError) return error.problem;
        throw error;
      }
      return null;
    };
    expect(problem('email;first_name\na@example.fr;A\n')).toEqual({ kind: 'header', column: 'last_name' });
    expect(problem('email;first_name;last_name\n')).toEqual({ kind: 'empty' });
    expect(problem('')).toEqual({ kind: 'empty' });
    expect(problem('email;first_name;last_name\n"a@example.fr;A;B\n')).toMatchObject({ kind: 'unreadable' });
  });

  it('picks the separator of the header line, not of the quoted names', () => {
    expect(separatorOf('"a;b;c",d,e\n;;;;')).toBe(',');
    expect(separatorOf('a;b,c;d')).toBe(';');
  });
});

describe('the export', () => {
  it('is re-importable as it is, and guards cells a spreadsheet would run as formulas', () => {
    const rows = [
      {
        id: 'x',
        email: '-x@example.fr',
        firstName: 'Zoé',
        lastName: 'Martin; Durand',
        organisationId: 'ddpp-35',
        externalId: null,
        emailLocale: 'fr' as const,
        deactivated: false,
        invitationPending: true,
        invitationSentAt: new Date('2026-12-01T09:00:00Z'),
        state: 'invited' as const,
      },
    ];
    const text = exportHeader(';') + exportLines(rows, ';');
    expect(text).toBe(
      '\uFEFFemail;first_name;last_name;organisation_id;external_id;language;status\r\n\'-x@example.fr;Zoé;"Martin; Durand";ddpp-35;;fr;invited\r\n',
    );
    expect(parseAccountsCsv(Buffer.from(text))[0]?.values).toMatchObject({
      email: '-x@example.fr',
      last_name: 'Martin; Durand',
      organisation_id: 'ddpp-35',
    });
  });
});
