/**
 * How long a tour stays at a stop once the visitor has arrived. A curator's `dwellS` wins; without
 * one the stop lasts as long as its narration takes to read aloud, and never less than
 * `MIN_DWELL_S`. A fixed default (8 s was the first idea) cut a 500-character narration off
 * halfway, and the scene format lets narration run to 600 characters.
 *
 * Rates are speech rates, the slower of reading and listening, so the same time serves a visitor
 * reading the text and one listening to the browser's voice: about 4 Chinese characters a second
 * (240 a minute) and about 14 other characters a second (150 English words a minute at ~5.6
 * characters a word with the space).
 */
import { localizedString, type Language } from './localizedString';
import type { TourStop } from './schema';

/** The shortest stop without a `dwellS`, seconds: time to look round before moving on. */
export const MIN_DWELL_S = 8;
const HAN_PER_S = 4;
const OTHER_PER_S = 14;
/** Time to settle after arriving, before the narration starts to count, seconds. */
const SETTLE_S = 2;

const HAN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** Seconds to stay at `stop` for a visitor reading or hearing it in `language`. */
export function tourStopDwellS(stop: Pick<TourStop, 'narration' | 'dwellS'>, language: Language): number {
  if (stop.dwellS !== undefined) return stop.dwellS;
  return Math.max(MIN_DWELL_S, Math.ceil(SETTLE_S + narrationSpeechS(localizedString(stop.narration, language))));
}

/** Seconds the text takes to read aloud at the rates in the file header. */
export function narrationSpeechS(text: string): number {
  let han = 0;
  let other = 0;
  for (const character of text) {
    if (HAN.test(character)) han += 1;
    else other += 1;
  }
  return han / HAN_PER_S + other / OTHER_PER_S;
}
