/**
 * What a door's sign says, from the scene's own door data, one language at a time: the curator's
 * `label` in that language when the door has one (no fallback: a one-language label gives a
 * one-line sign); else, or when the label is blank, for a door to another hall "To <hall>" /
 * "通往<hall>" with the short form of that hall's name, and for a street door "Entrance" / "入口".
 * The 3D signs over the doors and the floor plan say the same.
 */
import { localizedString, type Language } from './localizedString';
import type { Door, Hall } from './schema';

/** CJK and other wide characters: Chinese runs straight on into a Chinese name. */
const WIDE_CHARACTER = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;

/**
 * A hall's name as a sign, tab or button shows it: names in the default expo are long ("1号馆 ·
 * 国家科技重大成就与航空航天", "Hall 1 · National Major Achievements and Aerospace"), and the part
 * before the first " · " is what visitors walk by ("1号馆", "Hall 1").
 */
export function shortHallName(name: string): string {
  const short = name.split(' · ')[0]?.trim() ?? '';
  return short === '' ? name.trim() : short;
}

/** The sign's text for `door` in `language`; empty when there is nothing to say in it. */
export function doorSignLine(halls: readonly Hall[], door: Door, language: Language): string {
  const { label } = door;
  if (label && `${label.zh ?? ''}${label.en ?? ''}`.trim() !== '') return (label[language] ?? '').trim();
  if (door.leadsTo === 'outside') return language === 'zh' ? '入口' : 'Entrance';
  const target = halls.find((hall) => hall.id === door.leadsTo);
  const name = target ? shortHallName(localizedString(target.name, language)) : door.leadsTo;
  if (name === '') return '';
  if (language === 'en') return `To ${name}`;
  // A Latin-only name (the hall has no Chinese one) gets a space.
  return WIDE_CHARACTER.test(name) ? `通往${name}` : `通往 ${name}`;
}
