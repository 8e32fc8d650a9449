/**
 * Numbers and dates shown to visitors, in the label language, through `Intl` ('zh-CN' / 'en', the
 * same tags as `<html lang>`). One formatter per language and kind is made once and reused:
 * building an `Intl` formatter costs far more than a call, and counts are formatted on every render.
 *
 * Date ranges: English uses `Intl.DateTimeFormat#formatRange` ("November 22 – 26, 2023"). Chinese
 * does not: for year-month-day ICU's zh interval pattern is numeric ("2023/11/22 – 2023/11/26",
 * measured in Node 20 with ICU 78.2 and in Chromium 156), where Chinese pages about an event write
 * "2023年11月22日至26日". So the Chinese range is the start date in full, "至", and the end date
 * without what it shares with the start, each part formatted by `Intl`.
 */
import type { Language } from '../scene';
import { LANGUAGE_TAGS } from '../store/languageStore';

const numberFormats = new Map<Language, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** `value` with the language's digit grouping: 12,345. */
export function formatNumber(value: number, language: Language): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(LANGUAGE_TAGS[language]);
    numberFormats.set(language, format);
  }
  return format.format(value);
}

/** A whole percent as each language writes it: "63 %" (with the space the app's English uses), "63%". */
export function formatPercent(value: number, language: Language): string {
  return language === 'zh' ? `${formatNumber(value, 'zh')}%` : `${formatNumber(value, 'en')} %`;
}

type DateParts = 'ymd' | 'md' | 'd';

const DATE_OPTIONS: Record<DateParts, Intl.DateTimeFormatOptions> = {
  ymd: { year: 'numeric', month: 'long', day: 'numeric' },
  md: { month: 'long', day: 'numeric' },
  d: { day: 'numeric' },
};

function dateFormat(language: Language, parts: DateParts): Intl.DateTimeFormat {
  const key = `${language}:${parts}`;
  let format = dateFormats.get(key);
  if (!format) {
    // Scene dates are calendar days, read as UTC midnight and shown in UTC: never a day off.
    format = new Intl.DateTimeFormat(LANGUAGE_TAGS[language], { ...DATE_OPTIONS[parts], timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

/** A scene date (YYYY-MM-DD) as a UTC day, or undefined when it is not one. */
function calendarDay(date: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  // Date.UTC rolls 2023-02-30 over into March: such a date is not a day of the calendar.
  return day.getUTCDate() === Number(match[3]) ? day : undefined;
}

/** A scene date in full: "November 22, 2023" / "2023年11月22日". Anything but YYYY-MM-DD is shown as written. */
export function formatDate(date: string, language: Language): string {
  const day = calendarDay(date);
  return day ? dateFormat(language, 'ymd').format(day) : date;
}

/**
 * The days of an event, from `start` to `end` (scene dates, YYYY-MM-DD): "November 22 – 26, 2023" /
 * "2023年11月22日至26日"; one date when they are the same day.
 */
export function formatDateRange(start: string, end: string, language: Language): string {
  const first = calendarDay(start);
  const last = calendarDay(end);
  if (!first || !last) return `${formatDate(start, language)} – ${formatDate(end, language)}`;
  if (first.getTime() === last.getTime()) return formatDate(start, language);
  if (language === 'zh') {
    const sameYear = first.getUTCFullYear() === last.getUTCFullYear();
    const tail = sameYear && first.getUTCMonth() === last.getUTCMonth() ? 'd' : sameYear ? 'md' : 'ymd';
    return `${dateFormat('zh', 'ymd').format(first)}至${dateFormat('zh', tail).format(last)}`;
  }
  const format = dateFormat(language, 'ymd');
  // formatRange is in every browser this app supports (WebGL 2 era); the fallback is for old engines.
  const range = typeof format.formatRange === 'function' ? format.formatRange(first, last) : `${format.format(first)} – ${format.format(last)}`;
  // ICU 72+ sets the dash between thin spaces (Node 20), Chromium 156's own ICU between plain ones:
  // plain everywhere, so the page reads the same in every engine.
  return range.replace(/[\u2009\u202f]/g, ' ');
}
