import { useId } from 'react';
import { LANGUAGES } from '../domain/vocabulary/vocabulary';
import { LANGUAGE_FACTS } from '../i18n/languages';
import { useT } from '../i18n/use-t';
import { useExplorer } from '../state/explorer-context';
import { selectLanguage } from '../state/explorer-store';

/**
 * The interface's language: each language listed by its own name (and marked as that language,
 * for screen readers and fonts). A choice is written to the link as `lang` (a history step).
 */
export function LanguageSwitch() {
  const t = useT();
  const id = useId();
  const language = useExplorer(selectLanguage);
  const setLanguage = useExplorer((state) => state.setLanguage);
  return (
    <span className="language-switch">
      <label htmlFor={id} className="visually-hidden">
        {t('language.label')}
      </label>
      <select
        id={id}
        value={language}
        title={t('language.choose')}
        onChange={(event) => {
          const chosen = LANGUAGES.find((item) => item === event.target.value);
          if (chosen) setLanguage(chosen);
        }}
      >
        {LANGUAGES.map((item) => (
          <option key={item} value={item} lang={item} dir={LANGUAGE_FACTS[item].direction}>
            {LANGUAGE_FACTS[item].nativeName}
          </option>
        ))}
      </select>
    </span>
  );
}
