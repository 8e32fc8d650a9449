/**
 * The results for what is typed: asks the search service on each change of the query or the
 * filters and keeps only the latest answer. `answered` is the query the results belong to, so the
 * field can tell fresh results from those of the previous query still on screen.
 */
import { useEffect, useState } from 'react';
import type { SearchFilters, SearchResult } from '../../search';
import type { SearchService } from './searchService';

export interface SearchAnswer {
  results: SearchResult[];
  /** The trimmed query these results answer ('' before any). */
  answered: string;
}

const NO_ANSWER: SearchAnswer = { results: [], answered: '' };

export function useSearchResults(search: SearchService, query: string, filters: SearchFilters, limit: number): SearchAnswer {
  const [answer, setAnswer] = useState<SearchAnswer>(NO_ANSWER);
  useEffect(() => {
    const asked = query.trim();
    if (asked === '') {
      setAnswer(NO_ANSWER);
      return undefined;
    }
    let current = true;
    search.search(asked, { filters, limit }).then(
      (found) => {
        if (current && found !== null) setAnswer({ results: found, answered: asked });
      },
      () => {
        if (current) setAnswer({ results: [], answered: asked });
      },
    );
    return () => {
      current = false;
    };
  }, [search, query, filters, limit]);
  return answer;
}
