/**
 * The search index: MiniSearch over the documents' fields (`indexFields`), a term catalogue with
 * forward and inverted typed-array indexes (`termCatalogue`) and whole-name keys (`keyIndex`),
 * queried as `planSearchQuery` plans, then filtered, confirmed, weighted and cut to the best few.
 *
 * Exact names first: documents whose whole name (or its pinyin, its initials, a booth's code)
 * equals the query without separators lead, by prior ("hw" → 华为, "A-101" → booth A-101).
 *
 * Narrow and broad parts. MiniSearch costs about 2 µs per posting it scores and cannot stop
 * early: on the 100k stress scene "stress" (in 110k names) took 300–400 ms, "h1" 470 ms. So each
 * part is first expanded against the catalogue (`expandQueryPart`), which bounds the documents it
 * can match:
 * - parts in at most `BROAD_DOCUMENTS` documents go to MiniSearch, ANDed, ORed with the
 *   booth-code prefix; broad parts are then checked on each admitted candidate through the
 *   forward index (`matchDocumentParts`), a few dozen array reads;
 * - when every part is broad there is no short list to start from: the documents holding the
 *   rarest part are visited in rank order (by prior) through the inverted index, scored by the
 *   best field each part is in, until no later document can enter the results (first 12 ms a
 *   query walking every document, now 0.1–2 ms). Booth codes (MiniSearch, cheap) come first.
 * Terms in more than `BROAD_DOCUMENTS` documents can only be in broad parts, so MiniSearch does not
 * index them at all (the stress scene's index went from 24 to 12 MB of JSON).
 *
 * Ranking is MiniSearch's BM25 sum over fields and parts, times a prior per document: halls,
 * zones and exhibitors are few and a visitor who names one usually means it, so they lead ties
 * with the 100k exhibits; an exhibit the curator described leads undescribed ones (stand fittings
 * and placeholders: “中国天眼”介绍 must not come before the FAST telescope itself). BM25's length
 * normalisation is weakened (b 0.3, MiniSearch's default 0.7) because CJK names count about two
 * terms per character: at 0.7 a short placeholder title beat every full name.
 *
 * Results are never sorted whole: MiniSearch hands each candidate to the `filter` callback, which
 * applies the filters, the substring check of long CJK runs and the prior, and keeps the best
 * `limit` (`collectTopResults`); it answers false, so MiniSearch's own result list stays empty and
 * its sort costs nothing. Figures: `npm run bench:search`, docs/performance.md.
 */
import MiniSearch, { type Query, type SearchResult as MiniSearchResult } from 'minisearch';
import { collectTopResults } from './collectTopResults';
import { codePrefixWithin, expandQueryPart, type ExpandedPart } from './expandQueryPart';
import { confirmationText, createIndexTermMaker, INDEX_FIELDS, type IndexTerms } from './indexFields';
import { createPartMatchers } from './matchDocumentParts';
import { createKeyIndexBuilder } from './keyIndex';
import { codeQuery, combineQuery, partQuery, planSearchQuery } from './planSearchQuery';
import { hasSearchFilters, matchesSearchFilters } from './matchSearchFilters';
import type { SearchDocument, SearchKind, SearchQueryOptions, SearchResult } from './searchTypes';
import { createTermCatalogueBuilder } from './termCatalogue';

/**
 * A part in more documents than this is broad: checked on candidates or scanned, never handed to
 * MiniSearch. See `npm run bench:search` for the figures behind the value.
 */
export const BROAD_DOCUMENTS = 1000;

/** Results returned when no limit is given. */
export const DEFAULT_SEARCH_LIMIT = 30;
/** Results returned at most, whatever the limit asked for. */
export const MAX_SEARCH_LIMIT = 500;

/** Options of `createSearchIndex`. */
export interface SearchIndexOptions {
  /** Parts in more documents than this are broad (default `BROAD_DOCUMENTS`); 0 scans always, Infinity never. */
  broadDocuments?: number;
}

/** Score of an exact name, times the prior: above any sum of part scores. */
const EXACT_NAME_SCORE = 1e6;
/** Prior weight of each kind: see the header. */
const KIND_PRIOR: Record<SearchKind, number> = { hall: 1.4, zone: 1.3, exhibitor: 1.3, booth: 1.1, exhibit: 1 };
/** Prior weight of an exhibit with its own description. */
const DESCRIBED_EXHIBIT_PRIOR = 1.25;
const BM25 = { k: 1.2, b: 0.3, d: 0.5 };

/** A built index over a fixed set of documents. */
export interface SearchIndex {
  readonly documentCount: number;
  /** Results for what the visitor typed, best first; none for an empty query. Never throws. */
  search(query: string, options?: SearchQueryOptions): SearchResult[];
  /** MiniSearch's serializable form (what `JSON.stringify(index)` writes), for measuring its size. */
  toJSON(): unknown;
}

const asIs = (term: string): string => term;

function documentPrior(document: SearchDocument): number {
  const described = document.kind === 'exhibit' && Boolean(document.description?.zh?.trim() || document.description?.en?.trim());
  return KIND_PRIOR[document.kind] * (described ? DESCRIBED_EXHIBIT_PRIOR : 1);
}

function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_SEARCH_LIMIT;
  return Math.min(MAX_SEARCH_LIMIT, Math.max(1, Math.floor(limit)));
}

function toResult(document: SearchDocument, score: number): SearchResult {
  const result: SearchResult = { kind: document.kind, id: document.id, title: document.title, score };
  if (document.exhibitor) result.exhibitor = document.exhibitor;
  if (document.hall) result.hall = document.hall;
  if (document.boothId !== undefined) result.boothId = document.boothId;
  if (document.boothCode !== undefined) result.boothCode = document.boothCode;
  if (document.place) result.place = document.place;
  return result;
}

/** What MiniSearch indexes: a document's position and its terms, less those `withoutCommon` drops. */
interface IndexRecord {
  index: number;
  terms: IndexTerms;
  withoutCommon(terms: string[]): string[];
}

/** Whether MiniSearch matched a candidate through the booth code. */
function matchedByCode(candidate: MiniSearchResult): boolean {
  for (const fields of Object.values(candidate.match)) if (fields.includes('code')) return true;
  return false;
}

/** Builds the index (pinyin readings included); about 3 s per 100k documents on 2 cores, see the bench. */
export function createSearchIndex(documents: readonly SearchDocument[], options: SearchIndexOptions = {}): SearchIndex {
  const broadDocuments = options.broadDocuments ?? BROAD_DOCUMENTS;
  const catalogueBuilder = createTermCatalogueBuilder();
  const miniSearch = new MiniSearch<IndexRecord>({
    idField: 'index',
    fields: [...INDEX_FIELDS],
    storeFields: [],
    extractField: (record, field) => (field === 'index' ? record.index : record.withoutCommon(record.terms[field as keyof IndexTerms]).join(' ')),
    // Terms are made by createIndexTermMaker and never contain a space.
    tokenize: (text) => (text === '' ? [] : text.split(' ')),
    processTerm: asIs,
    autoVacuum: false,
    searchOptions: {
      // Query terms are made by planSearchQuery: one per string, already normalized.
      tokenize: (term) => [term],
      processTerm: asIs,
      bm25: BM25,
    },
  });
  const priors = Float64Array.from(documents, documentPrior);
  /** Documents by prior, best first: the order of the scan. */
  const rankOrder = Int32Array.from(documents.keys()).sort((a, b) => (priors[b] ?? 0) - (priors[a] ?? 0) || a - b);
  const terms = documents.map(createIndexTermMaker());
  const keyBuilder = createKeyIndexBuilder();
  terms.forEach((documentTerms, index) => {
    catalogueBuilder.add(documentTerms);
    keyBuilder.add(index, documentTerms.keys);
  });
  const catalogue = catalogueBuilder.finish(rankOrder);
  const keys = keyBuilder.finish();
  // A term in more than broadDocuments documents only ever belongs to broad parts, which the
  // catalogue answers: MiniSearch never looks it up, so it is left out of MiniSearch's index.
  const commonTerms = catalogue.termsInMoreThan(broadDocuments);
  const withoutCommon = (field: string[]): string[] => (commonTerms.size === 0 ? field : field.filter((term) => !commonTerms.has(term)));
  terms.forEach((documentTerms, index) => {
    miniSearch.add({ index, terms: documentTerms, withoutCommon });
  });
  const matchParts = createPartMatchers(catalogue, rankOrder);

  return {
    documentCount: documents.length,
    search(query, queryOptions = {}) {
      const plan = planSearchQuery(typeof query === 'string' ? query : '');
      if (!plan) return [];
      const filters = hasSearchFilters(queryOptions.filters) ? queryOptions.filters : undefined;
      const top = collectTopResults(clampLimit(queryOptions.limit));
      const filtered = (index: number): boolean => !filters || matchesSearchFilters(documents[index] as SearchDocument, filters);
      /** The substring check of long CJK runs: their pairs alone would also match 中国 … 国天 … 天眼 apart. */
      const confirmed = (index: number): boolean => {
        if (plan.confirmRuns.length === 0) return true;
        const text = confirmationText(documents[index] as SearchDocument);
        return plan.confirmRuns.every((run) => text.includes(run));
      };

      // Exact names: no substring check, "中国天眼" is the name of “中国 天眼” too.
      const taken = new Set<number>();
      for (const index of plan.compact === '' ? [] : keys.documentsWithKey(plan.compact)) {
        const score = EXACT_NAME_SCORE * (priors[index] as number);
        if (filtered(index) && top.admits(score)) {
          top.add(index, score);
          taken.add(index);
        }
      }

      const narrow: Query[] = [];
      const broad: ExpandedPart[] = [];
      for (const part of plan.parts) {
        const expanded = expandQueryPart(part, catalogue);
        if (expanded.documentEstimate <= broadDocuments) narrow.push(partQuery(part));
        else broad.push(expanded);
      }
      const alternatives: Query[] = plan.code && codePrefixWithin(plan.compact, catalogue, broadDocuments) ? [codeQuery(plan.compact)] : [];
      const matcher = matchParts(broad);
      try {
        if (narrow.length > 0) {
          miniSearch.search(combineQuery(narrow, alternatives), {
            filter: (candidate: MiniSearchResult) => {
              const index = candidate.id as number;
              const score = candidate.score * (priors[index] as number);
              if (taken.has(index) || !top.admits(score) || !filtered(index)) return false;
              if (matcher.partCount > 0 && !matchedByCode(candidate) && matcher.score(index) < 0) return false;
              if (confirmed(index)) top.add(index, score);
              return false;
            },
          });
        } else {
          // Every part is broad: booth codes first (above any part score), then the rarest
          // part's documents in rank order until none can enter the results.
          const bound = matcher.maxScore;
          if (alternatives.length > 0) {
            miniSearch.search(combineQuery([], alternatives), {
              filter: (candidate: MiniSearchResult) => {
                const index = candidate.id as number;
                const score = (priors[index] as number) * (bound + candidate.score);
                if (!taken.has(index) && top.admits(score) && filtered(index) && confirmed(index)) {
                  top.add(index, score);
                  taken.add(index);
                }
                return false;
              },
            });
          }
          matcher.visitInRankOrder((index) => {
            const prior = priors[index] as number;
            if (!top.admits(prior * bound)) return false;
            if (taken.has(index) || !filtered(index)) return true;
            const partScore = matcher.score(index);
            if (partScore < 0) return true;
            const score = prior * partScore;
            if (top.admits(score) && confirmed(index)) top.add(index, score);
            return true;
          });
        }
      } finally {
        matcher.release();
      }
      return top.best().map(({ index, score }) => toResult(documents[index] as SearchDocument, score));
    },
    toJSON: () => miniSearch.toJSON(),
  };
}
