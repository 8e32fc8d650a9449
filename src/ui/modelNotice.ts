/**
 * What a visitor is told when an exhibit's 3D model could not be loaded: which exhibit, by its
 * title in the visitor's language (or how many, when many share the model), and that a stand-in is
 * shown in its place. Never the file or the error: those are for curators (issue 11: visitors were
 * shown "RangeError: Invalid typed array length: 4000000000").
 */
import { localizedString, type Exhibit, type Language, type LocalizedText } from '../scene';
import type { UiStrings } from './strings';

/** Titles are named up to this many exhibits per model; past it, they are counted ("35 exhibits"). */
export const NAMED_EXHIBITS_AT_MOST = 2;

/** The exhibits placed with one model. */
export interface ModelUsers {
  /** Titles of the first `NAMED_EXHIBITS_AT_MOST` exhibits, in scene order. */
  titles: LocalizedText[];
  count: number;
  /** Every one is stand furniture (a chair, a plant), not an exhibit. */
  furnitureOnly: boolean;
}

/** The exhibits of each model, by model id. */
export function indexModelUsers(exhibits: readonly Exhibit[]): ReadonlyMap<string, ModelUsers> {
  const users = new Map<string, ModelUsers>();
  for (const exhibit of exhibits) {
    let entry = users.get(exhibit.model);
    if (!entry) {
      entry = { titles: [], count: 0, furnitureOnly: true };
      users.set(exhibit.model, entry);
    }
    entry.count += 1;
    if (entry.titles.length < NAMED_EXHIBITS_AT_MOST) entry.titles.push(exhibit.title);
    if (exhibit.role !== 'furniture') entry.furnitureOnly = false;
  }
  return users;
}

/**
 * The notice for one model, e.g. `“HL-2M tokamak”: the 3D model could not be loaded, so a stand-in
 * is shown in its place.` Two exhibits are named only when their titles differ ("“Meeting chair”
 * and “Meeting chair”" says less than "2 pieces of stand furniture").
 */
export function modelNoticeText(users: ModelUsers | undefined, text: UiStrings, language: Language): string {
  const count = users?.count ?? 0;
  const titles = (users?.titles ?? []).map((title) => localizedString(title, language));
  const named = count > 0 && count <= NAMED_EXHIBITS_AT_MOST && titles.length === count && new Set(titles).size === count;
  const subject = named ? text.exhibitTitles(titles) : users?.furnitureOnly ? text.furnitureCount(count) : text.exhibitCount(count);
  return text.modelStandIn(subject);
}
