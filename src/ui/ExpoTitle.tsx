import { localizedString, type Language, type LocalizedText } from '../scene';

export interface ExpoTitleProps {
  title: LocalizedText;
  language: Language;
  className: string;
  /** Class of the other language's line. */
  subtitleClassName: string;
  id?: string;
}

/**
 * The expo's title as the heading, in the page's language, with the other language's title under
 * it (each marked with its `lang`) when the scene gives a different one: the header and the start
 * screen.
 */
export function ExpoTitle({ title, language, className, subtitleClassName, id }: ExpoTitleProps) {
  const other: Language = language === 'zh' ? 'en' : 'zh';
  const heading = localizedString(title, language);
  const otherHeading = localizedString(title, other);
  return (
    <>
      <h1 id={id} className={className} lang={language}>
        {heading}
      </h1>
      {otherHeading && otherHeading !== heading ? (
        <p className={subtitleClassName} lang={other}>
          {otherHeading}
        </p>
      ) : null}
    </>
  );
}
