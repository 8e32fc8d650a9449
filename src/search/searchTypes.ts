/**
 * The shapes search trades in. Documents and results are plain data (strings, numbers, arrays,
 * plain objects) so they cross to the search worker and back by structured clone, and so the UI
 * can show either language whatever the index matched. Types only: no runtime code, so the main
 * bundle and the index chunk share nothing through this module.
 */
import type { LocalizedText } from '../scene';

/** What a document or result is; the UI labels results with it. */
export type SearchKind = 'exhibit' | 'exhibitor' | 'booth' | 'zone' | 'hall';

/** Where a thing stands: its hall and a point on that hall's floor, metres in hall coordinates. */
export interface SearchPlace {
  hallId: string;
  xM: number;
  zM: number;
}

/** A hall as results and filters show it. */
export interface SearchHall {
  id: string;
  name: LocalizedText;
}

/**
 * One searchable thing, built from a laid-out scene by `buildSearchDocuments`. The facet lists say
 * which halls, zones, categories and countries the thing is in or holds, for filters.
 */
export interface SearchDocument {
  kind: SearchKind;
  /** The exhibit, exhibitor, booth, zone or hall id. */
  id: string;
  title: LocalizedText;
  /** The exhibitor's name: an exhibit's (through its booth) or a booth's. */
  exhibitor?: LocalizedText;
  /** Searched with a low weight; not part of results. */
  description?: LocalizedText;
  /** The hall it is in (an exhibitor: the hall of its first booth; a hall: itself). */
  hall?: SearchHall;
  /** The booth it is on (an exhibit), is (a booth), or an exhibitor's first booth. */
  boothId?: string;
  boothCode?: string;
  /** Booth codes that find it besides its own name: an exhibit's booth, all of an exhibitor's booths. */
  codes: string[];
  /** A floor point to take the visitor to, when it has one. */
  place?: SearchPlace;
  hallIds: string[];
  zoneIds: string[];
  categories: string[];
  countries: string[];
}

/**
 * Narrows results. Each filter keeps the things that are in, or hold, what it names: an exhibit is
 * in its booth's hall and zone, has its zone's category and its exhibitor's country; an exhibitor
 * is in every hall and zone where it has a booth; a zone or hall holds its booths' exhibitors'
 * countries. Unset filters keep everything.
 */
export interface SearchFilters {
  hallId?: string;
  zoneId?: string;
  /** A zone `category`, e.g. "aerospace". */
  category?: string;
  /** A two-letter country code, e.g. "CN". */
  country?: string;
  /** Only these kinds. */
  kinds?: readonly SearchKind[];
}

/** Options of one query. */
export interface SearchQueryOptions {
  filters?: SearchFilters;
  /** Most results returned (default 30, `DEFAULT_SEARCH_LIMIT`; at most 500, `MAX_SEARCH_LIMIT`). */
  limit?: number;
}

/** One hit, best first. Go to `#/exhibit/<id>`, `#/booth/<boothId>` or `#/hall/<hall.id>` by kind. */
export interface SearchResult {
  kind: SearchKind;
  /** The exhibit, exhibitor, booth, zone or hall id. */
  id: string;
  title: LocalizedText;
  exhibitor?: LocalizedText;
  hall?: SearchHall;
  boothId?: string;
  boothCode?: string;
  place?: SearchPlace;
  /** Relevance; only the order means anything. */
  score: number;
}
