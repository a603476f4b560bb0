import { describe, expect, it } from 'vitest';
import { decodeEntities, highlightParts } from '../src/highlight';

describe('highlightParts', () => {
  it('splits at the mark tags', () => {
    expect(highlightParts('Styrkede <mark>forældre</mark>kompetencer')).toEqual([
      { text: 'Styrkede ', marked: false },
      { text: 'forældre', marked: true },
      { text: 'kompetencer', marked: false },
    ]);
  });

  it('keeps escaped markup as text, never as tags', () => {
    expect(highlightParts('&lt;script&gt;x&lt;/script&gt; <mark>a &amp; b</mark>')).toEqual([
      { text: '<script>x</script> ', marked: false },
      { text: 'a & b', marked: true },
    ]);
  });

  it('treats an escaped mark tag as text', () => {
    expect(highlightParts('&lt;mark&gt;no&lt;/mark&gt;')).toEqual([{ text: '<mark>no</mark>', marked: false }]);
  });

  it('returns nothing for an empty fragment', () => {
    expect(highlightParts('')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  it.each([
    ['&quot;citat&quot;', '"citat"'],
    ['&#39;s &#x27;s', "'s 's"],
    ['&#229;', 'å'],
    ['&unknown; &amp', '&unknown; &amp'],
    ['&#x110000;', '&#x110000;'],
  ])('%s', (input, expected) => expect(decodeEntities(input)).toBe(expected));
});
