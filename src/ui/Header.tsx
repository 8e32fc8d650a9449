import type { ReactNode } from 'react';
import { localizedString, type Scene, type SceneCounts } from '../scene';
import { useLanguage } from '../store/useLanguage';
import { ExpoTitle } from './ExpoTitle';
import { formatDateRange } from './format';
import { LanguageToggle } from './LanguageToggle';
import { QualitySelect } from './QualitySelect';
import { uiStrings } from './strings';

export interface HeaderProps {
  expo: Scene['expo'];
  counts: SceneCounts;
  /** The search field, between the title and the facts. */
  search?: ReactNode;
}

/** Expo title in both languages, the search field, dates, venue, counts, the quality menu and the language switch. */
export function Header({ expo, counts, search }: HeaderProps) {
  const [language] = useLanguage();
  const text = uiStrings(language);
  return (
    <header className="expo-header">
      <div className="expo-titles">
        <ExpoTitle title={expo.title} language={language} className="expo-title" subtitleClassName="expo-subtitle" />
      </div>
      {search}
      <div className="expo-facts">
        <p className="expo-when-where">
          <span className="expo-dates">{formatDateRange(expo.dates.start, expo.dates.end, language)}</span>
          {' · '}
          <span className="expo-venue">{localizedString(expo.venue, language)}</span>
        </p>
        <ul className="expo-counts">
          {text.counts(counts).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
      <div className="expo-controls">
        <QualitySelect />
        <LanguageToggle />
      </div>
    </header>
  );
}
