import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { localizedString, shortHallName, type LaidOutScene } from '../../scene';
import type { SearchFilterChoices, SearchFilters, SearchResult } from '../../search';
import { useLanguage } from '../../store/useLanguage';
import { useNavigator } from '../NavigatorContext';
import { uiStrings } from '../strings';
import { SearchFilterControls } from './SearchFilterControls';
import { displayOrder, groupResults } from './groupResults';
import type { SearchService } from './searchService';
import { travelToResult } from './travelToResult';

export interface SearchBoxProps {
  layout: LaidOutScene;
  search: SearchService;
}

/** Results asked for per query: a screenful of each kind, not the whole expo. */
const RESULT_LIMIT = 30;

/** Whether a key press belongs to a field or editable element (where `/` is just a character). */
function typingInto(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('input, select, textarea, [contenteditable]') !== null;
}

/**
 * Search (搜索) over exhibits, exhibitors, booths, zones and halls, in Chinese and English whatever
 * the interface language: a combobox in the WAI-ARIA pattern (a search field owning a listbox of
 * options grouped by kind), ↑ ↓ to move, Enter to go, Escape to close; `/` focuses the field from
 * anywhere. Filters narrow by hall, zone, category and country. Choosing a result walks the visitor
 * there; the field then lets go of the keyboard so walking keys (and Escape, to stop) work at once.
 */
export function SearchBox({ layout, search }: SearchBoxProps) {
  const [language] = useLanguage();
  const text = uiStrings(language);
  const navigator = useNavigator();
  const id = useId();
  const listboxId = `${id}-results`;
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResult[]>([]);
  const [answered, setAnswered] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [choices, setChoices] = useState<SearchFilterChoices>();
  const [filters, setFilters] = useState<SearchFilters>({});
  const [filtersOpen, setFiltersOpen] = useState(false);
  const groups = useMemo(() => groupResults(results), [results]);
  const ordered = useMemo(() => displayOrder(groups), [groups]);
  const optionId = (index: number): string => `${id}-option-${index}`;

  // `/` from anywhere but a field focuses the search.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || typingInto(event.target)) return;
      event.preventDefault();
      input.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Each change of the query or the filters asks again; only the latest answer is shown.
  useEffect(() => {
    const asked = query.trim();
    if (asked === '') {
      setResults([]);
      setAnswered('');
      return undefined;
    }
    let current = true;
    search.search(asked, { filters, limit: RESULT_LIMIT }).then(
      (found) => {
        if (!current || found === null) return;
        setResults(found);
        setAnswered(asked);
        setActive(-1);
      },
      () => {
        if (!current) return;
        setResults([]);
        setAnswered(asked);
      },
    );
    return () => {
      current = false;
    };
  }, [query, filters, search]);

  const prepare = (): void => {
    if (choices) return;
    search.prepare().then(setChoices, () => undefined);
  };

  const choose = (result: SearchResult | undefined): void => {
    if (!result) return;
    setOpen(false);
    setActive(-1);
    // Let go of the keyboard: the visitor walks (and may stop with Escape or any walking key).
    input.current?.blur();
    travelToResult(navigator, result, layout.scene.halls);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = ordered.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) setOpen(true);
      if (count === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current < 0 ? (step > 0 ? 0 : count - 1) : (current + step + count) % count));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (open && count > 0) choose(ordered[active >= 0 ? active : 0]);
    } else if (event.key === 'Escape') {
      // The listbox is the top layer: this Escape closes it (or clears the field) and nothing else.
      if (open && query !== '') {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (query !== '') {
        event.preventDefault();
        setQuery('');
      }
    }
  };

  const expanded = open && query.trim() !== '';
  const hallName = (result: SearchResult): string | undefined => (result.hall ? shortHallName(localizedString(result.hall.name, language)) : undefined);
  let index = -1;
  return (
    <search className="expo-search" aria-label={text.search}>
      <div className="search-field" role="combobox" aria-label={text.search} aria-expanded={expanded} aria-haspopup="listbox" aria-owns={listboxId}>
        <input
          ref={input}
          type="search"
          aria-label={text.search}
          placeholder={text.searchPlaceholder}
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-controls={listboxId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          value={query}
          maxLength={200}
          onFocus={() => {
            prepare();
            if (query.trim() !== '') setOpen(true);
          }}
          onBlur={() => setOpen(false)}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <button
        type="button"
        className="search-filter-toggle"
        aria-expanded={filtersOpen}
        aria-controls={`${id}-filters`}
        onClick={() => {
          prepare();
          setFiltersOpen(!filtersOpen);
        }}
      >
        {text.searchFilters}
      </button>
      {filtersOpen ? <SearchFilterControls id={`${id}-filters`} choices={choices} filters={filters} onChange={setFilters} /> : null}
      <div className="search-popup" hidden={!expanded}>
        <p className="search-count" role="status" aria-live="polite">
          {expanded && answered !== '' ? (results.length === 0 ? text.noResults(answered) : text.resultCount(results.length)) : ''}
        </p>
        {/* Pressing an option must not blur the field first (the click would then land on nothing). */}
        <ul className="search-results" role="listbox" id={listboxId} aria-label={text.searchResults} onMouseDown={(event) => event.preventDefault()}>
          {groups.map((group) => (
            <li key={group.kind} role="presentation" className="search-group">
              <div className="search-group-label" aria-hidden="true">
                {text.searchKinds[group.kind]}
              </div>
              <ul role="group" aria-label={text.searchKinds[group.kind]}>
                {group.results.map((result) => {
                  index += 1;
                  const position = index;
                  const meta = [result.kind === 'exhibitor' ? undefined : result.exhibitor && localizedString(result.exhibitor, language), hallName(result), result.boothCode]
                    .filter(Boolean)
                    .join(' · ');
                  return (
                    <li
                      key={`${result.kind}:${result.id}`}
                      id={optionId(position)}
                      role="option"
                      aria-selected={position === active}
                      className="search-option"
                      data-kind={result.kind}
                      onClick={() => choose(result)}
                      onMouseMove={() => {
                        if (active !== position) setActive(position);
                      }}
                    >
                      <span className="search-option-title">{localizedString(result.title, language)}</span>
                      {meta ? <span className="search-option-meta">{meta}</span> : null}
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ul>
      </div>
    </search>
  );
}
