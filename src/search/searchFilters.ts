/**
 * The choices the search filter controls offer: halls, zones, categories and countries present
 * in the documents, with names in both languages. Runs on the main thread from the documents, so
 * it lives apart from the index code (a module shared with the index would be bundled into the
 * index's lazily loaded chunk and pull it into the main bundle).
 */
import type { LocalizedText } from '../scene';
import type { SearchDocument, SearchHall } from './searchTypes';
import { regionNamer } from './regionNamer';

/** A value to filter by, with its name in both languages. */
export interface SearchFilterChoice {
  id: string;
  name: LocalizedText;
}

/** A zone to filter by: its hall and category too, so the UI can group and cross-narrow. */
export interface SearchZoneChoice extends SearchFilterChoice {
  hallId: string | undefined;
  category: string | undefined;
}

/** Everything the filter controls can offer, in scene order (countries by code). */
export interface SearchFilterChoices {
  halls: SearchHall[];
  zones: SearchZoneChoice[];
  categories: SearchFilterChoice[];
  countries: SearchFilterChoice[];
}

/** "artificial-intelligence" → "Artificial intelligence". */
function humanizeId(id: string): string {
  const words = id.replace(/-+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}


/**
 * The halls, zones, categories and countries present in the documents. A category is named after
 * its zone when only one zone (or several with one name) uses it, else after its id; countries are
 * named by the runtime (`Intl.DisplayNames`), falling back to the code.
 */
export function listSearchFilters(documents: readonly SearchDocument[]): SearchFilterChoices {
  const halls: SearchHall[] = [];
  const zones: SearchZoneChoice[] = [];
  const zoneNamesOfCategory = new Map<string, LocalizedText[]>();
  const countryCodes = new Set<string>();
  for (const document of documents) {
    if (document.kind === 'hall') halls.push({ id: document.id, name: document.title });
    else if (document.kind === 'zone') {
      const category = document.categories[0];
      zones.push({ id: document.id, name: document.title, hallId: document.hall?.id, category });
      if (category !== undefined) {
        const names = zoneNamesOfCategory.get(category);
        if (names) names.push(document.title);
        else zoneNamesOfCategory.set(category, [document.title]);
      }
    } else if (document.kind === 'exhibitor') for (const country of document.countries) countryCodes.add(country);
  }

  const categories = [...zoneNamesOfCategory].map(([id, names]): SearchFilterChoice => {
    const first = names[0];
    const oneName = first !== undefined && names.every((name) => name.zh === first.zh && name.en === first.en);
    return { id, name: oneName ? first : { en: humanizeId(id) } };
  });

  const chineseName = regionNamer('zh-Hans');
  const englishName = regionNamer('en');
  const countries = [...countryCodes].sort().map((code): SearchFilterChoice => ({ id: code, name: { zh: chineseName(code) ?? code, en: englishName(code) ?? code } }));

  return { halls, zones, categories, countries };
}
