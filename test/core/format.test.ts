import { expect } from '@open-wc/testing';
import { count, plural, dateFormat, dayAndTime, days, hours, longDate, minSec, minutes, numberFormat, timeOfDay, timeWords, unitRange } from '../../src/core/format.js';
import { setLocale } from '../../src/core/localization.js';

const at = new Date(2026, 10, 20, 15, 20).getTime();

describe('format', () => {
  afterEach(() => setLocale('en'));

  it('writes amounts and ranges of time in words', () => {
    expect(timeWords(1, 'hour')).to.equal('1 hour');
    expect(timeWords(3, 'day')).to.equal('3 days');
    expect(unitRange(10, 20, 'minute')).to.equal('10–20 minutes');
    expect(unitRange(1, 2, 'week')).to.equal('1–2 weeks');
    expect(unitRange(20, 30, 'second')).to.equal('20–30 seconds');
  });

  it('writes counts and m:ss countdowns in the locale\'s digits', () => {
    expect(count(8)).to.equal('8');
    expect([minSec(900), minSec(59.2), minSec(0), minSec(-3), minSec(3600)]).to.deep.equal(['15:00', '1:00', '0:00', '0:00', '60:00']);
    expect(minSec(61)).to.equal('1:01');
    expect(minSec(9)).to.equal('0:09');
    expect(minSec(1199.2)).to.equal('20:00');
    expect(minSec(20 * 60)).to.equal('20:00');
  });

  it('picks the plural form of the current locale: two in English, six in Arabic', async () => {
    const forms = { zero: () => 'zero', one: () => 'one', two: () => 'two', few: () => 'few', many: () => 'many', other: () => 'other' };
    expect([0, 1, 2, 3, 11, 100].map((n) => plural(n, forms))).to.deep.equal(['other', 'one', 'other', 'other', 'other', 'other']);
    await setLocale('ar');
    try {
      expect([0, 1, 2, 3, 11, 100].map((n) => plural(n, forms))).to.deep.equal(['zero', 'one', 'two', 'few', 'many', 'other']);
      // A form a message leaves out falls back to "other".
      expect(plural(2, { one: () => 'one', other: () => 'other' })).to.equal('other');
    } finally {
      await setLocale('en');
    }
  });

  it('writes a date in words', () => {
    expect(longDate(Date.UTC(2026, 10, 20, 12))).to.equal('November 20, 2026');
  });

  it('writes times of day, minutes, hours and days in English', () => {
    expect(timeOfDay(at).replace(/\s/g, ' ')).to.equal('3:20 PM');
    expect(dayAndTime(at).replace(/\s/g, ' ')).to.match(/^Friday.*3:20 PM$/);
    expect(minutes(15)).to.equal('15 minutes');
    expect(minutes(1)).to.equal('1 minute');
    expect(hours(48)).to.equal('48 hours');
    expect(days(3)).to.equal('3 days');
  });

  it('follows the locale', async () => {
    await setLocale('es');
    expect(unitRange(10, 20, 'minute')).to.equal('de 10 a 20 minutos');
    expect(timeWords(1, 'hour')).to.equal('1 hora');
    expect(longDate(Date.UTC(2026, 10, 20, 12))).to.equal('20 de noviembre de 2026');
    // Spanish uses a 24-hour clock.
    expect(timeOfDay(at)).to.equal('15:20');
    expect(minutes(15)).to.equal('15 minutos');
    expect(hours(1)).to.equal('1 hora');
  });

  it('makes each formatter once per locale and options, so formatting many numbers stays cheap', async () => {
    const made: string[] = [];
    const RealNumberFormat = Intl.NumberFormat;
    const counting = function (this: unknown, ...args: ConstructorParameters<typeof Intl.NumberFormat>) {
      made.push(JSON.stringify(args));
      return new RealNumberFormat(...args);
    } as unknown as typeof Intl.NumberFormat;
    Intl.NumberFormat = counting;
    try {
      for (let i = 0; i < 100; i++) minutes(i);
      for (let i = 0; i < 100; i++) unitRange(i, i + 1, 'day');
      expect(made.length, made.join('\n')).to.be.at.most(2);
      await setLocale('es');
      expect(minutes(15)).to.equal('15 minutos');
      expect(made.length).to.be.at.most(3);
    } finally {
      Intl.NumberFormat = RealNumberFormat;
    }
    expect(numberFormat({ style: 'percent' })).to.equal(numberFormat({ style: 'percent' }));
    expect(dateFormat({ dateStyle: 'short' })).to.equal(dateFormat({ dateStyle: 'short' }));
    await setLocale('en');
    expect(dateFormat({ dateStyle: 'short' }).resolvedOptions().locale).to.match(/^en/);
  });
});
