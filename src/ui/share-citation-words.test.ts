import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { readCatalogueFolder } from '../../scripts/icu-catalogues';
import { citeView } from '../domain/cite-view';
import type { Language } from '../domain/vocabulary/vocabulary';
import { LANGUAGE_FACTS } from '../i18n/languages';
import { createWording } from '../i18n/wording';
import { citationWords } from './share-citation-words';

/** The intl of a language as the interface builds it; a formatting problem throws. */
function intlOf(language: Language) {
  const folder = new URL(`../i18n/messages/${language}`, import.meta.url).pathname;
  return createIntl({
    locale: LANGUAGE_FACTS[language].locale,
    messages: readCatalogueFolder(folder).messages,
    onError: (error) => {
      throw error;
    },
  });
}

/** A day as `useFormatDay` writes it (Persian: Solar Hijri with the Gregorian date beside it). */
function formatDayOf(language: Language) {
  const locale = LANGUAGE_FACTS[language].locale;
  return (day: string) => {
    const date = new Date(`${day}T00:00:00Z`);
    const options = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
    const local = new Intl.DateTimeFormat(locale, options).format(date);
    if (language !== 'fa') return local;
    return `${local} (${new Intl.DateTimeFormat(`${locale}-u-ca-gregory`, options).format(date)})`;
  };
}

function citeIn(language: Language, title: string) {
  const words = citationWords(createWording(intlOf(language)), formatDayOf(language));
  return citeView(
    {
      url: 'https://example.org/instc/#v=1&route=moscow~mumbai&dv=2026.11.1',
      title,
      appVersion: '0.1.0',
      dataVersion: '2026.11.1',
      accessedOn: '2026-12-03',
      networkDay: '2026-03-15',
    },
    words,
  );
}

const input = {
  url: 'https://example.org/instc/#v=1&route=moscow~mumbai&dv=2026.11.1',
  title: 'Route from Moscow to Mumbai, best by time',
  appVersion: '0.1.0',
  dataVersion: '2026.11.1',
  accessedOn: '2026-12-03',
  networkDay: '2026-03-15',
};

describe('the citations in the language shown', () => {
  it('are in English exactly what the domain writes by default', () => {
    expect(citeIn('en', input.title)).toEqual(citeView(input));
    expect(citeIn('en', input.title).apa).toBe(
      'INSTC Explorer contributors. (2026). Route from Moscow to Mumbai, best by time [Interactive map; app version 0.1.0, data version 2026.11.1, network as on 2026-03-15]. INSTC Explorer. Retrieved December 3, 2026, from https://example.org/instc/#v=1&route=moscow~mumbai&dv=2026.11.1',
    );
  });

  it('write the readable citations in Russian, with the date as Russian writes it', () => {
    const { apa, chicago } = citeIn('ru', 'Маршрут Москва — Мумбаи, лучший по времени');
    expect(apa).toBe(
      'Участники проекта «Обозреватель МТК „Север — Юг“». (2026). Маршрут Москва — Мумбаи, лучший по времени [Интерактивная карта; версия приложения 0.1.0, версия данных 2026.11.1, сеть на 15 марта 2026 г.]. Обозреватель МТК «Север — Юг». URL: https://example.org/instc/#v=1&route=moscow~mumbai&dv=2026.11.1 (дата обращения: 3 декабря 2026 г.)',
    );
    expect(chicago).toContain(
      '«Маршрут Москва — Мумбаи, лучший по времени». Обозреватель МТК «Север — Юг», версия приложения',
    );
  });

  it('give the Solar Hijri date with the Gregorian date beside it in Persian, and both years', () => {
    const { apa, chicago } = citeIn('fa', 'مسیر مسکو به بمبئی');
    expect(apa).toContain('(۱۴۰۵/۲۰۲۶)');
    expect(apa).toContain('بازیابی‌شده در ۱۲ آذر ۱۴۰۵ (۳ دسامبر ۲۰۲۶)، از https://example.org/');
    expect(apa).toContain('شبکه در تاریخ ۲۴ اسفند ۱۴۰۴ (۱۵ مارس ۲۰۲۶)');
    expect(chicago).toContain('تاریخ دسترسی: ۱۲ آذر ۱۴۰۵ (۳ دسامبر ۲۰۲۶).');
  });

  it('write Hindi with the Gregorian date in Hindi', () => {
    const { apa } = citeIn('hi', 'मास्को से मुंबई तक मार्ग');
    expect(apa).toContain('3 दिसंबर 2026 को प्राप्त किया गया');
    expect(apa).toContain('[इंटरैक्टिव मानचित्र; ऐप संस्करण 0.1.0');
  });

  it('keep BibTeX and RIS fields English, with the title in the language and the language recorded', () => {
    const { bibtex, ris } = citeIn('fa', 'مسیر مسکو به بمبئی');
    expect(bibtex).toContain('title = {{INSTC Explorer}: مسیر مسکو به بمبئی},');
    expect(bibtex).toContain(
      'note = {App version 0.1.0, data version 2026.11.1, network as on 2026-03-15. Accessed 2026-12-03},',
    );
    expect(bibtex).toContain('langid = {persian},');
    expect(ris.split('\r\n')).toContain('LA  - fa');
    expect(ris.split('\r\n')).toContain('N1  - App version 0.1.0, data version 2026.11.1, network as on 2026-03-15.');
    expect(citeIn('en', 'x').ris).not.toContain('LA  -');
    expect(citeIn('en', 'x').bibtex).not.toContain('langid');
  });
});
