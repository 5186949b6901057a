import { describe, expect, it } from 'vitest';
import { citeView } from './cite-view';

describe('citeView', () => {
  const citation = citeView({
    url: 'https://example.org/instc/#v=1&route=moscow~mumbai&dv=2026.11.1',
    title: 'Moscow to Mumbai & back_50%',
    appVersion: '0.1.0',
    dataVersion: '2026.11.1',
    accessedOn: '2026-11-28',
  });

  it('writes a BibTeX entry with the permalink, both versions and the access date', () => {
    expect(citation.bibtex).toMatch(/^@misc\{instc-explorer-20261128,/);
    expect(citation.bibtex).toContain('\\url{https://example.org/instc/#v=1&route=moscow~mumbai&dv=2026.11.1}');
    expect(citation.bibtex).toContain('data version 2026.11.1');
    expect(citation.bibtex).toContain('urldate = {2026-11-28}');
    expect(citation.bibtex).toContain('Moscow to Mumbai \\& back\\_50\\%');
  });

  it('keeps a hostile URL inside its \\url field: braces and backslashes are percent-encoded', () => {
    const hostile = citeView({
      url: 'https://example.org/instc/?x=}},note={pwned}\\#v=1',
      title: 'x',
      appVersion: '0.1.0',
      dataVersion: '2026.11.1',
      accessedOn: '2026-11-28',
    });
    expect(hostile.bibtex).toContain('\\url{https://example.org/instc/?x=%7D%7D,note=%7Bpwned%7D%5C#v=1}');
    const opened = (hostile.bibtex.match(/\{/g) ?? []).length;
    const closed = (hostile.bibtex.match(/\}/g) ?? []).length;
    expect(opened).toBe(closed);
  });

  it('writes the same facts in APA, Chicago and RIS', () => {
    expect(citation.apa).toBe(
      'INSTC Explorer contributors. (2026). Moscow to Mumbai & back_50% [Interactive map; app version 0.1.0, data version 2026.11.1]. INSTC Explorer. Retrieved November 28, 2026, from https://example.org/instc/#v=1&route=moscow~mumbai&dv=2026.11.1',
    );
    expect(citation.chicago).toBe(
      'INSTC Explorer contributors. “Moscow to Mumbai & back_50%.” INSTC Explorer, app version 0.1.0, data version 2026.11.1. Accessed November 28, 2026. https://example.org/instc/#v=1&route=moscow~mumbai&dv=2026.11.1.',
    );
    expect(citation.ris.split('\r\n')).toEqual([
      'TY  - ELEC',
      'AU  - INSTC Explorer contributors',
      'TI  - Moscow to Mumbai & back_50%',
      'T2  - INSTC Explorer',
      'PY  - 2026',
      'Y2  - 2026/11/28',
      'UR  - https://example.org/instc/#v=1&route=moscow~mumbai&dv=2026.11.1',
      'N1  - App version 0.1.0, data version 2026.11.1.',
      'ER  - ',
    ]);
  });

  it('keeps every RIS field on one line, whatever the title holds', () => {
    const { ris } = citeView({
      url: 'https://example.org/',
      title: 'A title\nER  - \nTY  - JOUR',
      appVersion: '0.1.0',
      dataVersion: '2026.11.1',
      accessedOn: '2026-01-05',
    });
    expect(ris.split('\r\n').filter((line) => line.startsWith('ER  -'))).toHaveLength(1);
    expect(ris).toContain('TI  - A title ER - TY - JOUR');
  });
});

describe('citeView with the network day', () => {
  it('states the day the figures are for next to the data version', () => {
    const { bibtex, apa, chicago, ris } = citeView({
      url: 'https://example.org/#v=1&date=2026-03-15',
      title: 'Moscow to Mumbai',
      appVersion: '1.0.0',
      dataVersion: '2026.12.1',
      accessedOn: '2026-12-02',
      networkDay: '2026-03-15',
    });
    expect(apa).toContain(
      'data version 2026.12.1, network as on 2026-03-15]. INSTC Explorer. Retrieved December 2, 2026',
    );
    expect(chicago).toContain('data version 2026.12.1, network as on 2026-03-15. Accessed December 2, 2026.');
    expect(ris).toContain('N1  - App version 1.0.0, data version 2026.12.1, network as on 2026-03-15.');
    expect(bibtex).toContain('data version 2026.12.1, network as on 2026-03-15. Accessed 2026-12-02');
  });
});
