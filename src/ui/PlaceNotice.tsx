import { useMemo } from 'react';
import { localizedString, type LaidOutScene } from '../scene';
import { navigationStore } from '../store/navigationStore';
import { useLanguage } from '../store/useLanguage';
import { useNavigation } from '../store/useNavigation';
import { uiStrings } from './strings';

/** Most characters of a link quoted back: a pasted address can be any length. */
const MAX_QUOTED = 80;

const shorten = (link: string): string => (link.length > MAX_QUOTED ? `${link.slice(0, MAX_QUOTED)}…` : link);

/** The message for a link to a hall, booth or exhibit the expo does not have, or for an address that is no link at all (the visitor sees the entrance instead). */
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
      <p>{notice.kind === 'unknown' ? text.unknownPlace(notice.place.kind, shorten(notice.place.id), hallName) : text.malformedLink(shorten(notice.link), hallName)}</p>
      <button type="button" className="dismiss" onClick={() => navigationStore.getState().dismissNotice()}>
        {text.dismiss}
      </button>
    </div>
  );
}
