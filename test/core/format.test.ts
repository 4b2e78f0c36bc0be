import { expect } from '@open-wc/testing';
import { setLocale } from '../../src/core/localization.js';
import { dayAndTime, days, hours, minutes, timeOfDay } from '../../src/core/format.js';

const at = new Date(2026, 10, 20, 15, 20).getTime();

describe('format', () => {
  afterEach(() => setLocale('en'));

  it('writes times of day, minutes, hours and days in English', () => {
    expect(timeOfDay(at).replace(/\s/g, ' ')).to.equal('3:20 PM');
    expect(dayAndTime(at).replace(/\s/g, ' ')).to.match(/^Friday.*3:20 PM$/);
    expect(minutes(15)).to.equal('15 minutes');
    expect(minutes(1)).to.equal('1 minute');
    expect(hours(48)).to.equal('48 hours');
    expect(days(3)).to.equal('3 days');
  });

  it('follows the locale: Spanish uses a 24-hour clock and its own words', async () => {
    await setLocale('es');
    expect(timeOfDay(at)).to.equal('15:20');
    expect(minutes(15)).to.equal('15 minutos');
    expect(hours(1)).to.equal('1 hora');
  });
});
