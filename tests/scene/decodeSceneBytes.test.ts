import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeSceneBytes, firstInvalidUtf8Byte } from '../../src/scene/decodeSceneBytes';
import { parseSceneBytes } from '../../src/scene';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => Uint8Array.from(values);
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

describe('decodeSceneBytes', () => {
  it('accepts UTF-8 with and without a byte order mark, dropping the mark', () => {
    expect(decodeSceneBytes(utf8('{"a": "测试"}'))).toEqual({ ok: true, text: '{"a": "测试"}' });
    expect(decodeSceneBytes(bytes(0xef, 0xbb, 0xbf, ...utf8('{"a": "测试"}')))).toEqual({ ok: true, text: '{"a": "测试"}' });
  });

  it('parses a byte-order-marked file exactly like the same file without one', () => {
    const withMark = readFileSync('tests/fixtures/valid/utf8-bom.json');
    expect([...withMark.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const result = parseSceneBytes(withMark);
    expect(result.ok).toBe(true);
    expect(result.layout?.scene).toEqual(parseSceneBytes(readFileSync('tests/fixtures/valid/minimal.json')).layout?.scene);
  });

  it('names GBK (中国展会 = D6 D0 B9 FA D5 B9 BB E1) at the first byte that is not UTF-8', () => {
    const gbk = bytes(...ascii('{\n  "title": "'), 0xd6, 0xd0, 0xb9, 0xfa, 0xd5, 0xb9, 0xbb, 0xe1, ...ascii('"\n}'));
    expect(decodeSceneBytes(gbk)).toEqual({
      ok: false,
      diagnostic: {
        severity: 'error',
        rule: 'file-encoding',
        message: 'this file looks like GBK, not UTF-8: save it as UTF-8 (byte 0xD6 here is the first that is not UTF-8)',
        path: [],
        line: 2,
        column: 13,
      },
    });
  });

  it('names UTF-16 by its byte order mark, little and big endian', () => {
    expect(decodeSceneBytes(bytes(0xff, 0xfe, 0x7b, 0, 0x7d, 0))).toMatchObject({ ok: false, diagnostic: { message: 'this file looks like UTF-16 (little endian), not UTF-8: save it as UTF-8', line: 1, column: 1 } });
    expect(decodeSceneBytes(bytes(0xfe, 0xff, 0, 0x7b, 0, 0x7d))).toMatchObject({ ok: false, diagnostic: { message: 'this file looks like UTF-16 (big endian), not UTF-8: save it as UTF-8' } });
  });

  it('names UTF-16 without a byte order mark by its NUL bytes, although they are valid UTF-8', () => {
    const little = new Uint8Array(Buffer.from('{\n  "version": 1\n}', 'utf16le'));
    const big = little.map((_, index) => little[index ^ 1] ?? 0);
    expect(decodeSceneBytes(little)).toMatchObject({ ok: false, diagnostic: { rule: 'file-encoding', message: expect.stringContaining('UTF-16 (little endian)') } });
    expect(decodeSceneBytes(big)).toMatchObject({ ok: false, diagnostic: { rule: 'file-encoding', message: expect.stringContaining('UTF-16 (big endian)') } });
  });

  it('points at a stray byte by line and column, counting the characters before it on its line', () => {
    const text = bytes(...utf8('{\r\n  "zh": "展会'), 0xff, ...utf8('"\r\n}'));
    expect(decodeSceneBytes(text)).toMatchObject({
      ok: false,
      diagnostic: { message: 'this file is not valid UTF-8: save it as UTF-8 (byte 0xFF here is the first that is not UTF-8)', line: 2, column: 12 },
    });
  });

  it('refuses a truncated UTF-8 sequence in UTF-8 Chinese text at its lead byte, without calling it GBK', () => {
    const truncated = bytes(...utf8('{"a": "测试", "b": "'), 0xe5, 0xb1, ...ascii('"}'));
    expect(decodeSceneBytes(truncated)).toMatchObject({ ok: false, diagnostic: { message: expect.stringMatching(/^this file is not valid UTF-8.*byte 0xE5/), line: 1, column: 19 } });
  });
});

describe('firstInvalidUtf8Byte', () => {
  it.each([
    ['an overlong encoding', [0x41, 0xc0, 0x80], 1],
    ['an encoded surrogate', [0x41, 0x42, 0xed, 0xa0, 0x80], 2],
    ['a code point beyond U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a continuation byte alone', [0x80], 0],
    ['a sequence cut by the end of the file', [0x41, 0xe4, 0xb8], 1],
  ])('finds %s', (_name, values, offset) => {
    expect(firstInvalidUtf8Byte(Uint8Array.from(values))).toBe(offset);
  });

  it('passes well-formed text of one to four bytes per character', () => {
    const text = utf8('a é 中 😀');
    expect(firstInvalidUtf8Byte(text)).toBe(text.length);
  });
});
