import { QUALITY_SETTINGS, type QualitySetting } from '../quality';
import { useLanguage } from '../store/useLanguage';
import { useQualitySetting } from '../store/useQuality';
import { uiStrings } from './strings';

/** Rendering quality: Auto (the frame-time monitor decides) or a fixed level. */
export function QualitySelect() {
  const [language] = useLanguage();
  const [setting, setSetting] = useQualitySetting();
  const text = uiStrings(language);
  return (
    <label className="quality-select">
      <span>{text.quality}</span>
      <select value={setting} onChange={(event) => setSetting(event.target.value as QualitySetting)}>
        {QUALITY_SETTINGS.map((option) => (
          <option key={option} value={option}>
            {text.qualitySettings[option]}
          </option>
        ))}
      </select>
    </label>
  );
}
