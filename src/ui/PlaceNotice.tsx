import { useMemo } from 'react';
import { localizedString, type LaidOutScene } from '../scene';
import { navigationStore } from '../store/navigationStore';
import { useLanguage } from '../store/useLanguage';
import { useNavigation } from '../store/useNavigation';
import { uiStrings } from './strings';

/** The message for a link to a hall, booth or exhibit the expo does not have (the visitor sees the entrance instead). */
export function PlaceNotice({ layout }: { layout: LaidOutScene }) {
  const [language] = useLanguage();
  const notice = useNavigation((state) => state.notice);
  const halls = useMemo(() => new Map(layout.scene.halls.map((hall) => [hall.id, hall])), [layout]);
  if (!notice) return null;
  const text = uiStrings(language);
  const hall = halls.get(notice.hallId);
  const hallName = hall ? localizedString(hall.name, language) : notice.hallId;
  return (
    <div className="place-notice" role="alert">
      <p>{text.unknownPlace(notice.place.kind, notice.place.id, hallName)}</p>
      <button type="button" className="dismiss" onClick={() => navigationStore.getState().dismissNotice()}>
        {text.dismiss}
      </button>
    </div>
  );
}
