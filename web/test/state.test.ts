import { describe, expect, it } from 'vitest';
import { changed, facetVariables, filterInput, parseState, stateUrl } from '../src/state';

describe('search state in the URL', () => {
  it('round-trips every part', () => {
    const url = '/?q=for%C3%A6ldre&type=FAMILY_PROGRAM&type=PROGRAM&tema=dagtilbud&region=1083&kommune=0461&evidens=GOOD&alder-fra=3&alder-til=12&sortering=NEWEST&side=2&efter=abc';
    expect(stateUrl(parseState(url.slice(1)))).toBe(url);
  });

  it('leaves defaults out', () => {
    expect(stateUrl(parseState(''))).toBe('/');
    expect(stateUrl(parseState('?sortering=RELEVANCE&side=1'))).toBe('/');
  });

  it('drops a page number without its cursor, and nonsense ages', () => {
    const state = parseState('?side=3&alder-fra=x&alder-til=999');
    expect(state.page).toBe(1);
    expect(state.after).toBeNull();
    expect(state.ageFrom).toBeNull();
    expect(state.ageTo).toBeNull();
  });

  it('starts again on the first page when the search changes', () => {
    const state = changed(parseState('?q=a&side=2&efter=c'), { kinds: ['PROGRAM'] });
    expect(stateUrl(state)).toBe('/?q=a&type=PROGRAM');
  });
});

describe('filters for the API', () => {
  it('is undefined without filters', () => {
    expect(filterInput(parseState('?q=a'))).toBeUndefined();
  });

  it('maps each filter to SearchFilterInput', () => {
    expect(filterInput(parseState('?type=PROGRAM&kommune=0461&evidens=GOOD&alder-til=12'))).toEqual({
      kinds: ['PROGRAM'],
      themes: undefined,
      regions: undefined,
      municipalities: ['0461'],
      minEvidenceLevel: 'GOOD',
      targetAge: { from: undefined, to: 12 },
    });
  });

  it('counts a chosen dimension without its own filter', () => {
    const variables = facetVariables(parseState('?type=PROGRAM&tema=dagtilbud'));
    expect(variables.kindsChosen).toBe(true);
    expect(variables.regionsChosen).toBe(false);
    expect(variables.withoutKinds).toMatchObject({ kinds: undefined, themes: ['dagtilbud'] });
    expect(variables.withoutThemes).toMatchObject({ kinds: ['PROGRAM'], themes: undefined });
  });
});
