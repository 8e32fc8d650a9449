import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { localizedString, shortHallName, type LaidOutScene } from '../../scene';
import type { SearchFilterChoices, SearchFilters, SearchResult } from '../../search';
import { useLanguage } from '../../store/useLanguage';
import { isTextEntry } from '../keyTargets';
import { useNavigator } from '../NavigatorContext';
import { uiStrings } from '../strings';
import { SearchFilterControls } from './SearchFilterControls';
import { displayOrder, groupResults } from './groupResults';
import type { SearchService } from './searchService';
import { travelToResult } from './travelToResult';
import { useSearchResults } from './useSearchResults';

export interface SearchBoxProps {
  layout: LaidOutScene;
  search: SearchService;
}

/** Results asked for per query: a screenful of each kind, not the whole expo. */
const RESULT_LIMIT = 30;

/**
 * Search (搜索) over exhibits, exhibitors, booths, zones and halls, in Chinese and English whatever
 * the interface language. ↑ ↓ move through the results, Enter goes, Escape closes; `/` focuses the
 * field from anywhere. Filters narrow by hall, zone, category and country. Choosing a result walks
 * the visitor there and gives the keyboard to the 3D view, so walking keys (and Escape, to stop)
 * work at once.
 *
 * The WAI-ARIA combobox in its ARIA 1.1 form: a `combobox` wrapper owning a field and a `listbox`.
 * The field must stay an `<input type="search">` (role `searchbox`, which the 1.2 form would
 * replace with `combobox`), and `aria-activedescendant` marks the active option while the focus
 * stays in the field. Options are grouped by kind, and each also says its kind in hidden text,
 * since screen readers rarely announce a group when the active option moves into it.
 */
export function SearchBox({ layout, search }: SearchBoxProps) {
  const [language] = useLanguage();
  const text = uiStrings(language);
  const navigator = useNavigator();
  const id = useId();
  const listboxId = `${id}-results`;
  const input = useRef<HTMLInputElement>(null);
  const filterToggle = useRef<HTMLButtonElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [choices, setChoices] = useState<SearchFilterChoices>();
  const [filters, setFilters] = useState<SearchFilters>({});
  const [filtersOpen, setFiltersOpen] = useState(false);
  const { results, answered } = useSearchResults(search, query, filters, RESULT_LIMIT);
  const groups = useMemo(() => groupResults(results), [results]);
  const ordered = useMemo(() => displayOrder(groups), [groups]);
  // Results still on screen from the previous query are not what Enter should travel to.
  const fresh = answered !== '' && answered === query.trim();
  const optionId = (index: number): string => `${id}-option-${index}`;

  // `/` from anywhere but a text field focuses the search.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTextEntry(event.target)) return;
      event.preventDefault();
      input.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // New results: nothing is active yet.
  useEffect(() => setActive(-1), [results]);

  // The active option stays in view as ↑ ↓ move through a long list.
  useEffect(() => {
    if (active >= 0) document.getElementById(`${id}-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, id]);

  const prepare = (): void => {
    if (choices) return;
    search.prepare().then(setChoices, () => undefined);
  };

  const choose = (result: SearchResult | undefined): void => {
    if (!result) return;
    setOpen(false);
    setActive(-1);
    if (travelToResult(navigator, result, layout.scene.halls)) navigator.focusView();
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
      if (open && fresh && count > 0) choose(ordered[active >= 0 ? active : 0]);
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
    <search className="expo-search">
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
        ref={filterToggle}
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
      <div className="search-drop">
        {filtersOpen ? (
          <SearchFilterControls
            id={`${id}-filters`}
            choices={choices}
            filters={filters}
            onChange={setFilters}
            onClose={() => {
              setFiltersOpen(false);
              filterToggle.current?.focus();
            }}
          />
        ) : null}
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
                    const exhibitor = result.kind === 'exhibitor' || !result.exhibitor ? undefined : localizedString(result.exhibitor, language);
                    const meta = [exhibitor, hallName(result), result.boothCode].filter(Boolean).join(' · ');
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
                        <span className="visually-hidden">{text.searchKinds[result.kind]}</span>
                      </li>
                    );
                  })}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </search>
  );
}
