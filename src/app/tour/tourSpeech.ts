/**
 * Narration read aloud with the browser's own speech synthesis (`speechSynthesis`): no audio files
 * to author or download, and the voice follows the visitor's language (zh-CN or en). Only one
 * utterance is ever under way: a new one, a pause, a stop or the next stop cancels the last, and
 * the end of a cancelled one is not reported (browsers fire `end` or `error` for it later, which
 * would otherwise end the stop that follows).
 *
 * Feature-detected: without `speechSynthesis` there is no `TourSpeech` and the player says why it
 * cannot read aloud. A voice list that has loaded and holds no voice for a language is reported
 * too (a Chinese text read by an English voice is worse than none); an empty list says nothing
 * (many browsers fill it late, or never list a voice they still have), so speech is tried.
 */
import type { Language } from '../../scene';
import { LANGUAGE_TAGS } from '../../store/languageStore';
import type { SpeechSupport } from '../../store/tourStore';

export interface TourSpeech {
  /** What the browser offers now. */
  support: () => SpeechSupport;
  /** `listener` runs when the voice list changes; returns the unsubscribe function. */
  onSupportChange: (listener: () => void) => () => void;
  /** Reads `text` in `language`, cancelling anything under way; `onEnd` runs when it ends or fails, not when cancelled. */
  speak: (text: string, language: Language, onEnd: () => void) => void;
  cancel: () => void;
}

/** The parts of the page this uses: `window`, or a fake in tests. */
export interface SpeechHost {
  speechSynthesis?: SpeechSynthesis;
  SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance;
}

const LANGUAGES: readonly Language[] = ['zh', 'en'];

/** The voice for `language`: one of its exact tag first (zh-CN), else any of the language (zh-TW, en-GB). */
function voiceFor(voices: readonly SpeechSynthesisVoice[], language: Language): SpeechSynthesisVoice | undefined {
  const tag = LANGUAGE_TAGS[language].toLowerCase();
  const normalised = (voice: SpeechSynthesisVoice) => voice.lang.toLowerCase().replace('_', '-');
  return voices.find((voice) => normalised(voice) === tag) ?? voices.find((voice) => normalised(voice).split('-')[0] === language);
}

/** Speech for this page, or undefined where the browser has no speech synthesis. */
export function createTourSpeech(host: SpeechHost | undefined = typeof window === 'undefined' ? undefined : window): TourSpeech | undefined {
  const synth = host?.speechSynthesis;
  const Utterance = host?.SpeechSynthesisUtterance;
  if (!synth || typeof Utterance !== 'function') return undefined;
  let current: SpeechSynthesisUtterance | undefined;

  const voices = (): readonly SpeechSynthesisVoice[] => {
    try {
      return synth.getVoices();
    } catch {
      return [];
    }
  };

  const cancel = (): void => {
    // Forgotten first, so its late `end` or `error` is not taken for the next one's.
    current = undefined;
    synth.cancel();
  };

  return {
    support: () => {
      const list = voices();
      return { synthesis: true, missingVoices: list.length === 0 ? [] : LANGUAGES.filter((language) => !voiceFor(list, language)) };
    },
    onSupportChange: (listener) => {
      synth.addEventListener?.('voiceschanged', listener);
      return () => synth.removeEventListener?.('voiceschanged', listener);
    },
    speak: (text, language, onEnd) => {
      cancel();
      const utterance = new Utterance(text);
      utterance.lang = LANGUAGE_TAGS[language];
      const voice = voiceFor(voices(), language);
      if (voice) utterance.voice = voice;
      const ended = () => {
        if (current !== utterance) return;
        current = undefined;
        onEnd();
      };
      utterance.onend = ended;
      utterance.onerror = ended;
      current = utterance;
      synth.speak(utterance);
    },
    cancel,
  };
}
