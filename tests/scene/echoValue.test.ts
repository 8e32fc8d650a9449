import { describe, expect, it } from 'vitest';
import { describeOddCharacters, echoId, echoText, formatCount, nameCharacter } from '../../src/scene/echoValue';
import { formatDiagnostic, parseScene } from '../../src/scene';
import { minimalSceneDocument, parseDocument } from './sceneFixtures';

describe('echoing values from a scene file', () => {
  it('cuts a value at 60 characters with an ellipsis and its full length', () => {
    expect(echoId('a'.repeat(60))).toBe('a'.repeat(60));
    expect(echoId('a'.repeat(10_485_760))).toBe(`${'a'.repeat(60)}… (10,485,760 characters)`);
    expect(echoText('展'.repeat(61))).toBe(`${'展'.repeat(60)}… (61 characters)`);
  });

  it('formats counts with thousands separators', () => {
    expect([formatCount(0), formatCount(999), formatCount(1000), formatCount(1_048_576)]).toEqual(['0', '999', '1,000', '1,048,576']);
  });

  it('escapes every character of an id that is not plain ASCII, and only invisible ones in text', () => {
    expect(echoId('ro\u200bbot')).toBe('ro\\u200Bbot');
    expect(echoId('hall-\u0430')).toBe('hall-\\u0430');
    expect(echoId('a😀b')).toBe('a\\u{1F600}b');
    expect(echoText('展会\u200b\u202e')).toBe('展会\\u200B\\u202E');
    expect(echoText('line\nbreak')).toBe('line\\u000Abreak');
  });

  it('counts the escaped form against the limit, so invisible characters cannot make a message six times longer', () => {
    expect(echoId('\u200b'.repeat(1000))).toBe(`${'\\u200B'.repeat(10)}… (1,000 characters)`);
  });

  it('names the look-alike and invisible characters curators paste into ids', () => {
    expect(nameCharacter(0x0430)).toBe('U+0430 CYRILLIC SMALL LETTER A, which looks like "a"');
    expect(nameCharacter(0x200b)).toBe('U+200B ZERO WIDTH SPACE, which is invisible');
    expect(nameCharacter(0xff11)).toBe('U+FF11 FULLWIDTH DIGIT ONE, which looks like "1"');
    expect(nameCharacter(0x00a0)).toBe('U+00A0 NO-BREAK SPACE, which looks like a space');
    expect(nameCharacter(0x4e2d)).toBe('U+4E2D "中"');
    expect(describeOddCharacters('hall-1')).toBe('');
    expect(describeOddCharacters('h\u0430ll-\u200b1-\u0430-\u043e')).toBe(
      'it contains U+0430 CYRILLIC SMALL LETTER A, which looks like "a"; and U+200B ZERO WIDTH SPACE, which is invisible; and 1 other character that is not plain ASCII',
    );
  });
});

describe('a scene with a 1 MiB id', () => {
  const longId = 'x'.repeat(1 << 20);

  it('gives short messages, quickly', () => {
    const document = minimalSceneDocument();
    document.exhibits[0].id = longId;
    document.booths[0].code = longId;
    document.booths[1][longId] = 1;
    const start = performance.now();
    const result = parseDocument(document);
    const elapsedMs = performance.now() - start;

    expect(result.diagnostics.map((diagnostic) => diagnostic.rule).sort()).toEqual(['schema-too-big', 'schema-too-big', 'unknown-field']);
    for (const diagnostic of result.diagnostics) expect(formatDiagnostic('scenes/x.json', diagnostic).length).toBeLessThan(300);
    expect(result.diagnostics.map((diagnostic) => diagnostic.message)).toContain(`exhibit '${'x'.repeat(60)}… (1,048,576 characters)': "id" is too long (at most 64 characters)`);
    const unknownField = result.diagnostics.find((diagnostic) => diagnostic.rule === 'unknown-field');
    expect(unknownField && formatDiagnostic('x.json', unknownField)).toContain(`(at booths[1]["${'x'.repeat(60)}… (1,048,576 characters)"])`);
    // ~60 ms on a laptop core; generous for a loaded machine, far below the 11 s of issue 11.
    expect(elapsedMs).toBeLessThan(3_000);
  });

  it('cuts a long duplicated field name and a long unknown word in bad JSON', () => {
    const duplicated = parseScene(`{"${longId}": 1, "${longId}": 2}`);
    expect(duplicated.diagnostics[0]?.message).toBe(`field "${'x'.repeat(60)}… (1,048,576 characters)" is written twice in one object (first at 1:2); only one value can be kept`);
  });
});

describe('invisible and look-alike characters in ids', () => {
  it('shows a zero-width space in an id escaped, and names it', () => {
    const document = minimalSceneDocument();
    document.halls[1].id = 'hall\u200b-2';
    const [first] = parseDocument(document).diagnostics;
    expect(first?.message).toBe(`hall 'hall\\u200B-2': "id" must be a kebab-case id such as "hall-1" or "booth-a-017", found "hall\\u200B-2"; it contains U+200B ZERO WIDTH SPACE, which is invisible`);
  });

  it('shows a Cyrillic а in a hall id escaped where a door refers to it, and names it', () => {
    const document = minimalSceneDocument();
    document.halls[0].doors[1].leadsTo = 'hall-\u0430';
    const [first] = parseDocument(document).diagnostics;
    expect(first?.message).toBe(`door 'to-hall-2': "leadsTo" must be "outside" or the id of another hall, such as "hall-2", found "hall-\\u0430"; it contains U+0430 CYRILLIC SMALL LETTER A, which looks like "a"`);
  });

  it('names a look-alike in a misspelt field name and in a listed value', () => {
    const document = minimalSceneDocument();
    document.booths[0].templ\u0430te = 'island';
    document.halls[0].doors[0].wall = 'n\u043erth';
    const messages = parseDocument(document).diagnostics.map((diagnostic) => diagnostic.message);
    expect(messages).toContain(`door 'main': "wall" must be one of "north", "east", "south", "west", found "n\u043erth"; it contains U+043E CYRILLIC SMALL LETTER O, which looks like "o"`);
    expect(messages).toContain(`booth A-001: unknown field "templ\\u0430te" (it contains U+0430 CYRILLIC SMALL LETTER A, which looks like "a"); did you mean "template"?`);
  });

  it('names a no-break space or a curly quote where JSON expects a value', () => {
    expect(parseScene('{"version":\u00a01}').diagnostics[0]?.message).toBe(
      'unexpected character "\\u00A0" (U+00A0 NO-BREAK SPACE, which looks like a space); JSON values are objects, arrays, strings in double quotes, numbers, true, false or null',
    );
    expect(parseScene('{"version": \u201c1\u201d}').diagnostics[0]?.message).toMatch(/^unexpected character "\\u201C" \(U\+201C LEFT DOUBLE QUOTATION MARK, which looks like a straight double quote\)/);
  });
});
