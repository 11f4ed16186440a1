import { describe, expect, test } from 'vitest';
import { readHeader } from './import-file';

describe('readHeader', () => {
  test('finds semicolons, skips the byte order mark and reads quoted headers', async () => {
    const text = '\uFEFFVoornaam;"Achternaam; familie";"E-mail ""werk"""\r\nAmal;Haddad;amal@example.org\r\n';
    expect(await readHeader(text)).toEqual({
      delimiter: ';',
      columns: [
        { name: 'Voornaam', example: 'Amal' },
        { name: 'Achternaam; familie', example: 'Haddad' },
        { name: 'E-mail "werk"', example: 'amal@example.org' },
      ],
    });
  });

  test('commas, a header without data rows, a line break in a quoted header', async () => {
    expect(await readHeader('"First\nname",Last name\n')).toEqual({
      delimiter: ',',
      columns: [
        { name: 'First\nname', example: '' },
        { name: 'Last name', example: '' },
      ],
    });
  });

  test('no header row', async () => {
    expect(await readHeader('\n\n')).toBeNull();
    expect(await readHeader('')).toBeNull();
  });
});
