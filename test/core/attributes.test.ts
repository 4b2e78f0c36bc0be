import { expect } from '@open-wc/testing';
import { idList, numberInRange, oneOf, optionalNumberInRange, parseIsoTime, pastTime, phoneNumber, safeUrl, telHref } from '../../src/core/attributes.js';

describe('attribute parsers', () => {
  describe('numberInRange(10, 20, 15)', () => {
    const parse = numberInRange(10, 20, 15);
    it('uses the default, silently, when absent or blank', () => {
      for (const raw of [null, undefined, '', '   ']) expect(parse(raw)).to.deep.equal({ value: 15 });
    });
    it('accepts both ends of the range and values between', () => {
      expect(parse('10')).to.deep.equal({ value: 10 });
      expect(parse('20')).to.deep.equal({ value: 20 });
      expect(parse(' 12 ')).to.deep.equal({ value: 12 });
    });
    it('clamps values just outside the range and says what it expected', () => {
      expect(parse('9')).to.deep.equal({ value: 10, expected: 'a whole number from 10 to 20' });
      expect(parse('21')).to.deep.equal({ value: 20, expected: 'a whole number from 10 to 20' });
      expect(parse('-5').value).to.equal(10);
      expect(parse('1000000000').value).to.equal(20);
    });
    it('rounds fractions to whole numbers, with a warning', () => {
      expect(parse('12.4')).to.deep.equal({ value: 12, expected: 'a whole number from 10 to 20' });
    });
    it('falls back to the default for text that is not a number', () => {
      for (const raw of ['abc', '12px', 'NaN', 'Infinity']) {
        expect(parse(raw)).to.deep.equal({ value: 15, expected: 'a whole number from 10 to 20' });
      }
    });
    it('keeps fractions when asked for any number', () => {
      expect(numberInRange(0, 1, 0.5, false)('0.25')).to.deep.equal({ value: 0.25 });
    });
  });

  describe('oneOf', () => {
    const parse = oneOf(['list', 'checklist'] as const, 'list');
    it('accepts each option, ignoring case and spaces', () => {
      expect(parse('checklist')).to.deep.equal({ value: 'checklist' });
      expect(parse(' CheckList ')).to.deep.equal({ value: 'checklist' });
      expect(parse('list')).to.deep.equal({ value: 'list' });
    });
    it('uses the default silently when absent', () => {
      expect(parse(null)).to.deep.equal({ value: 'list' });
    });
    it('falls back to the default for anything else', () => {
      expect(parse('grid')).to.deep.equal({ value: 'list', expected: 'one of "list", "checklist"' });
    });
  });

  describe('phoneNumber', () => {
    const parse = phoneNumber('911');
    it('accepts digits, +, spaces and dashes from 2 to 20 characters', () => {
      for (const ok of ['15', '112', '999', '+44 20 7946 0958', '1-800-555-0199', '12345678901234567890']) {
        expect(parse(ok), ok).to.deep.equal({ value: ok });
      }
    });
    it('refuses anything else and uses the default', () => {
      const bad = ['1', '123456789012345678901', 'call 911', '911;', 'javascript:x', '--', '+ -', '9', '(555) 1234'];
      for (const raw of bad) expect(parse(raw), raw).to.have.property('value', '911');
      for (const raw of bad) expect(parse(raw).expected, raw).to.be.a('string');
    });
    it('trims surrounding space', () => {
      expect(parse('  112 ')).to.deep.equal({ value: '112' });
    });
    it('makes tel: links without spaces', () => {
      expect(telHref('+44 20 7946 0958')).to.equal('tel:+442079460958');
      expect(telHref('1-800-555-0199')).to.equal('tel:1-800-555-0199');
    });
  });

  describe('safeUrl', () => {
    it('accepts http, https and relative addresses', () => {
      for (const ok of ['https://clinic.example/book', 'http://x.example', '/book', 'book.html', '?a=1', '#top']) {
        expect(safeUrl(ok), ok).to.deep.equal({ value: ok });
      }
    });
    it('refuses other schemes, however they are disguised', () => {
      for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x', 'mailto:a@b.c']) {
        expect(safeUrl(bad), bad).to.deep.equal({ value: null, expected: 'an http, https or relative address' });
      }
    });
    it('means no link when absent', () => {
      expect(safeUrl(null)).to.deep.equal({ value: null });
      expect(safeUrl('')).to.deep.equal({ value: null });
    });
  });

  describe('parseIsoTime', () => {
    it('reads a date as local midnight and a date-time as local time', () => {
      expect(parseIsoTime('2026-11-20')).to.equal(new Date(2026, 10, 20).getTime());
      expect(parseIsoTime('2026-11-20T08:30')).to.equal(new Date(2026, 10, 20, 8, 30).getTime());
      expect(parseIsoTime(' 2026-11-20 08:30:15 ')).to.equal(new Date(2026, 10, 20, 8, 30, 15).getTime());
      expect(parseIsoTime('2026-11-20T08:30:15.250')).to.equal(new Date(2026, 10, 20, 8, 30, 15).getTime());
    });
    it('honours a zone when one is given', () => {
      expect(parseIsoTime('2026-11-20T08:00Z')).to.equal(Date.UTC(2026, 10, 20, 8));
      expect(parseIsoTime('2026-11-20T08:00z')).to.equal(Date.UTC(2026, 10, 20, 8));
      expect(parseIsoTime('2026-11-20T08:00+01:00')).to.equal(Date.UTC(2026, 10, 20, 7));
      expect(parseIsoTime('2026-11-20T08:00-0230')).to.equal(Date.UTC(2026, 10, 20, 10, 30));
    });
    it('refuses anything else, including days that do not exist', () => {
      const bad = ['', 'yesterday', '20/11/2026', '2026-11-20T8:00', '2026-02-30', '2026-13-01', '2026-11-20T24:00', '2026-11-20T10:60', '2026-11-20T', '1763625600000'];
      for (const raw of bad) expect(parseIsoTime(raw), raw).to.equal(null);
    });
  });

  describe('pastTime(now)', () => {
    const now = new Date(2026, 10, 20, 12, 0).getTime();
    const parse = pastTime(now);
    it('accepts a moment up to now, silently', () => {
      expect(parse('2026-11-20T12:00')).to.deep.equal({ value: now });
      expect(parse('2026-11-18')).to.deep.equal({ value: new Date(2026, 10, 18).getTime() });
    });
    it('means none, silently, when blank', () => {
      for (const raw of [null, undefined, '', '  ']) expect(parse(raw)).to.deep.equal({ value: null });
    });
    it('means none, and says what it expected, for the future or for text that is not a date', () => {
      for (const raw of ['2026-11-20T12:01', '2027-01-01', 'last week']) {
        expect(parse(raw).value, raw).to.equal(null);
        expect(parse(raw).expected, raw).to.contain('ISO 8601');
      }
    });
  });

  describe('optionalNumberInRange(10, 60)', () => {
    const parse = optionalNumberInRange(10, 60);
    it('means "not set", silently, when absent or blank', () => {
      for (const raw of [null, undefined, '', '  ']) expect(parse(raw)).to.deep.equal({ value: null });
    });
    it('accepts both ends of the range and values between', () => {
      expect(parse('10')).to.deep.equal({ value: 10 });
      expect(parse('60')).to.deep.equal({ value: 60 });
      expect(parse(' 25 ')).to.deep.equal({ value: 25 });
    });
    it('clamps values outside the range, and rounds fractions, with a warning', () => {
      expect(parse('9')).to.deep.equal({ value: 10, expected: 'a whole number from 10 to 60' });
      expect(parse('61')).to.deep.equal({ value: 60, expected: 'a whole number from 10 to 60' });
      expect(parse('-1').value).to.equal(10);
      expect(parse('20.6')).to.deep.equal({ value: 21, expected: 'a whole number from 10 to 60' });
    });
    it('treats text that is not a number as not set, with a warning', () => {
      for (const raw of ['abc', '30s', 'NaN', 'Infinity']) {
        expect(parse(raw), raw).to.deep.equal({
          value: null,
          expected: 'a whole number from 10 to 60, or nothing for the built-in defaults',
        });
      }
    });
  });

  describe('idList', () => {
    const parse = idList(['a', 'b', 'c'] as const);
    it('means every id, in the built-in order, when absent or blank', () => {
      for (const raw of [null, undefined, '', ' ']) expect(parse(raw)).to.deep.equal({ value: ['a', 'b', 'c'] });
    });
    it('keeps the order given, ignoring case, spaces and empty items', () => {
      expect(parse('c,a')).to.deep.equal({ value: ['c', 'a'] });
      expect(parse(' B , c ,')).to.deep.equal({ value: ['b', 'c'] });
      expect(parse('b')).to.deep.equal({ value: ['b'] });
    });
    it('drops unknown and repeated ids, with a warning', () => {
      const expected = 'comma-separated ids from "a", "b", "c"';
      expect(parse('a,x,c')).to.deep.equal({ value: ['a', 'c'], expected });
      expect(parse('b,b')).to.deep.equal({ value: ['b'], expected });
    });
    it('falls back to every id when none is known, with a warning', () => {
      expect(parse('x, y')).to.deep.equal({ value: ['a', 'b', 'c'], expected: 'comma-separated ids from "a", "b", "c"' });
      expect(parse(',,')).to.deep.equal({ value: ['a', 'b', 'c'], expected: 'comma-separated ids from "a", "b", "c"' });
    });
    it('can fall back to a shorter list', () => {
      expect(idList(['a', 'b'] as const, ['b'])('zzz').value).to.deep.equal(['b']);
    });
  });
});
