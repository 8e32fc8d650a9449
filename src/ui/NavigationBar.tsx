import { navigationStore } from '../store/navigationStore';
import { useLanguage } from '../store/useLanguage';
import { useNavigator } from './NavigatorContext';
import { useNavigation } from '../store/useNavigation';
import { uiStrings } from './strings';

/**
 * Walk / overview, immersive view, the booth list and the reduced-motion setting: large buttons
 * (at least 48 px) in the corner of the view, reachable with Tab, with the controls explained
 * beside them for mouse and keyboard or for touch.
 */
export function NavigationBar() {
  const [language] = useLanguage();
  const text = uiStrings(language);
  const mode = useNavigation((state) => state.mode);
  const immersive = useNavigation((state) => state.immersive);
  const listOpen = useNavigation((state) => state.listOpen);
  const reducedMotion = useNavigation((state) => state.reducedMotion);
  const touch = useNavigation((state) => state.touch);
  const navigator = useNavigator();
  const settings = navigationStore.getState();
  if (immersive) {
    return (
      <div className="navigation-bar immersive-exit">
        <p className="navigation-help" id="navigation-help">
          {touch ? text.touchHelp : text.keyHelp}
        </p>
        <button type="button" className="nav-button" onClick={() => navigator.setImmersive(false)}>
          {text.leaveImmersive}
        </button>
      </div>
    );
  }
  return (
    <div className="navigation-bar" role="toolbar" aria-label={text.navigation}>
      <p className="navigation-help" id="navigation-help">
        {mode === 'overview' ? text.overviewHelp : touch ? text.touchHelp : text.keyHelp}
      </p>
      <div className="navigation-buttons">
        <button type="button" className="nav-button" aria-pressed={mode === 'walk'} data-mode="walk" onClick={() => navigator.setMode('walk')}>
          {text.walk}
        </button>
        <button type="button" className="nav-button" aria-pressed={mode === 'overview'} data-mode="overview" onClick={() => navigator.setMode('overview')}>
          {text.overview}
        </button>
        <button type="button" className="nav-button" aria-expanded={listOpen} aria-controls="booth-list" onClick={() => settings.setListOpen(!listOpen)}>
          {text.boothList}
        </button>
        <button type="button" className="nav-button" onClick={() => navigator.setImmersive(true)}>
          {text.immersive}
        </button>
        <label className="nav-toggle">
          <input type="checkbox" checked={reducedMotion} onChange={(event) => settings.setReducedMotion(event.target.checked)} />
          {text.reduceMotion}
        </label>
      </div>
    </div>
  );
}
