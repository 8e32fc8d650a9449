import { useEffect, useMemo } from 'react';
import type { LaidOutScene } from '../../scene';
import { SearchBox } from '../../ui/search/SearchBox';
import { createExpoSearch } from '../createExpoSearch';

/**
 * The header's search field with the expo's search service (`createExpoSearch`): one module, so
 * the field, its client and the worker's start are one chunk loaded after the first frame
 * (`AfterFirstFrame.tsx`). The service builds nothing until the visitor reaches for the field.
 */
export function ExpoSearchBox({ layout }: { layout: LaidOutScene }) {
  const search = useMemo(() => createExpoSearch(layout), [layout]);
  useEffect(() => () => search.dispose(), [search]);
  return <SearchBox layout={layout} search={search} />;
}
