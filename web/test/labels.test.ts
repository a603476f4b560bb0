import { describe, expect, it } from 'vitest';
import { legalStatus } from '../src/labels';

describe('legalStatus', () => {
  const today = '2026-12-07';

  it('says a paragraph that ended is repealed, with its last day', () => {
    expect(legalStatus(null, '2023-12-31', today)).toBe('ophævet – gjaldt til 31.12.2023');
  });

  it('says a paragraph in force is in force, from when', () => {
    expect(legalStatus('2024-01-01', null, today)).toBe('gældende fra 1.1.2024');
  });

  it('says nothing without dates', () => {
    expect(legalStatus(null, null, today)).toBeNull();
  });

  it('says when a coming paragraph takes effect', () => {
    expect(legalStatus('2027-07-01', null, today)).toBe('træder i kraft 1.7.2027');
  });
});
