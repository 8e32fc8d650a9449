/**
 * Where choosing a search result takes the visitor, walking: an exhibit up to it, a booth or an
 * exhibitor (its first booth) in front of it, a hall to its entrance, a zone to the free floor
 * nearest its middle. Returns false when the result names nowhere to go.
 */
import type { ExpoNavigator } from '../../navigation/expoNavigator';
import type { Hall } from '../../scene';
import type { SearchResult } from '../../search';

export function travelToResult(navigator: ExpoNavigator, result: SearchResult, halls: readonly Hall[]): boolean {
  switch (result.kind) {
    case 'exhibit':
      return navigator.goTo({ kind: 'exhibit', id: result.id }, { travel: 'walk' });
    case 'booth':
      return navigator.goTo({ kind: 'booth', id: result.id }, { travel: 'walk' });
    case 'exhibitor':
      return result.boothId !== undefined && navigator.goTo({ kind: 'booth', id: result.boothId }, { travel: 'walk' });
    case 'hall':
      return navigator.goTo({ kind: 'hall', id: result.id }, { travel: 'walk' });
    case 'zone': {
      const hall = halls.find((candidate) => candidate.id === result.place?.hallId);
      if (!hall || !result.place) return false;
      return navigator.goToPoint(hall.positionM[0] + result.place.xM, hall.positionM[1] + result.place.zM);
    }
  }
}
