import { expect } from '@open-wc/testing';
import { longDate, timeWords, unitRange } from '../../src/core/format.js';
import { setLocale } from '../../src/core/localization.js';

describe('format', () => {
  afterEach(() => setLocale('en'));

  it('writes amounts and ranges of time in words', () => {
    expect(timeWords(1, 'hour')).to.equal('1 hour');
    expect(timeWords(3, 'day')).to.equal('3 days');
    expect(unitRange(10, 20, 'minute')).to.equal('10–20 minutes');
    expect(unitRange(1, 2, 'week')).to.equal('1–2 weeks');
    expect(unitRange(20, 30, 'second')).to.equal('20–30 seconds');
  });

  it('writes a date in words', () => {
    expect(longDate(Date.UTC(2026, 10, 20, 12))).to.equal('November 20, 2026');
  });

  it('follows the locale', async () => {
    await setLocale('es');
    expect(unitRange(10, 20, 'minute')).to.equal('10-20 minutos');
    expect(timeWords(1, 'hour')).to.equal('1 hora');
    expect(longDate(Date.UTC(2026, 10, 20, 12))).to.equal('20 de noviembre de 2026');
  });
});
