import { useLanguage } from '../store/useLanguage';
import { uiStrings } from './strings';

/** 中文 / English switch for the labels. */
export function LanguageToggle() {
  const [language, setLanguage] = useLanguage();
  const text = uiStrings(language);
  return (
    <button
      type="button"
      className="language-toggle"
      aria-label={text.languageToggleLabel}
      lang={language === 'zh' ? 'en' : 'zh'}
      onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}
    >
      {text.languageToggle}
    </button>
  );
}
