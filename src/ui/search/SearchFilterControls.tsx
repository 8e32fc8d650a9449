import { localizedString, shortHallName } from '../../scene';
import type { SearchFilterChoice, SearchFilterChoices, SearchFilters } from '../../search';
import { useLanguage } from '../../store/useLanguage';
import { uiStrings } from '../strings';

export interface SearchFilterControlsProps {
  id: string;
  /** Undefined until search has been prepared. */
  choices: SearchFilterChoices | undefined;
  filters: SearchFilters;
  onChange: (filters: SearchFilters) => void;
  /** Escape inside the filters closes them. */
  onClose: () => void;
}

type FilterKey = 'hallId' | 'zoneId' | 'category' | 'country';

/**
 * Search filters by hall, zone, category and country: one menu each, "All" by default. Choosing a
 * hall narrows the zone menu to that hall's zones (and clears a zone of another hall).
 */
export function SearchFilterControls({ id, choices, filters, onChange, onClose }: SearchFilterControlsProps) {
  const [language] = useLanguage();
  const text = uiStrings(language);
  const zones = (choices?.zones ?? []).filter((zone) => filters.hallId === undefined || zone.hallId === filters.hallId);
  const set = (key: FilterKey, value: string): void => {
    const next: SearchFilters = { ...filters, [key]: value === '' ? undefined : value };
    if (key === 'hallId' && next.zoneId !== undefined && !choices?.zones.some((zone) => zone.id === next.zoneId && zone.hallId === next.hallId)) next.zoneId = undefined;
    onChange(next);
  };
  const menu = (key: FilterKey, label: string, options: readonly SearchFilterChoice[], short = false) => (
    <label className="search-filter">
      <span>{label}</span>
      <select value={filters[key] ?? ''} onChange={(event) => set(key, event.target.value)}>
        <option value="">{text.anyFilter}</option>
        {options.map((option) => {
          const name = localizedString(option.name, language);
          return (
            <option key={option.id} value={option.id}>
              {short ? shortHallName(name) : name}
            </option>
          );
        })}
      </select>
    </label>
  );
  return (
    <div
      className="search-filters"
      id={id}
      role="group"
      aria-label={text.searchFilters}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onClose();
      }}
    >
      {menu('hallId', text.filterLabels.hall, choices?.halls ?? [], true)}
      {menu('zoneId', text.filterLabels.zone, zones)}
      {menu('category', text.filterLabels.category, choices?.categories ?? [])}
      {menu('country', text.filterLabels.country, choices?.countries ?? [])}
    </div>
  );
}
