import { expect } from '@open-wc/testing';
import { registerUiStrings, resetWarnings, uiStrings } from '../../src/core/index.js';
import { captureWarnings } from '../helpers.js';
import '../../src/core/locales/es.js';
import { formatDate } from '../../src/core/summary.js';

// The summary's date in words comes from the language's own month names (no Intl.DateTimeFormat:
// creating the first one loads the browser's date data, a long task on a phone when the quiz
// shows its result). It must read exactly as Intl.DateTimeFormat's long date in every engine.
describe('formatDate', () => {
  const intl = (lang: string, date: Date) =>
    new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(date);
  const months = Array.from({ length: 12 }, (_, m) => new Date(2026, m, m + 1));

  for (const lang of ['en', 'en-US', 'en-ca', 'es', 'es-ES', 'es-MX', 'es-US', 'es-419'])
    it(`reads like Intl.DateTimeFormat's long date in ${lang}, for every month`, () => {
      for (const date of months) expect(formatDate(date, lang)).to.equal(intl(lang, date));
    });

  it('writes the date of a region that writes it otherwise with Intl.DateTimeFormat (en-GB)', () => {
    expect(formatDate(new Date(2026, 10, 28), 'en-GB')).to.equal('28 November 2026');
  });

  it('writes an invalid language tag in English', () => {
    expect(formatDate(new Date(2026, 10, 28), 'not a tag!')).to.equal('November 28, 2026');
  });

  it('uses Intl.DateTimeFormat for a language whose text has no month names', () => {
    registerUiStrings('fr-x-test', { summaryDate: 'Date' });
    try {
      expect(formatDate(new Date(2026, 10, 28), 'fr-x-test')).to.equal(
        intl('fr-x-test', new Date(2026, 10, 28)),
      );
      expect(formatDate(new Date(2026, 10, 28), 'fr-x-test')).not.to.contain('November');
    } finally {
      delete uiStrings['fr-x-test'];
    }
  });

  it('warns and uses Intl.DateTimeFormat when a language gives other than twelve month names', () => {
    registerUiStrings('de-x-test', { dateLong: '{day}. {month} {year}', monthNames: 'Januar' });
    resetWarnings();
    try {
      let date = '';
      const warnings = captureWarnings(() => {
        date = formatDate(new Date(2026, 10, 28), 'de-x-test');
        formatDate(new Date(2026, 10, 28), 'de-x-test');
      });
      expect(date).to.equal(intl('de-x-test', new Date(2026, 10, 28)));
      expect(warnings, 'once').to.have.length(1);
      expect(warnings[0]).to.contain('"de-x-test" monthNames has 1 name;').and.contain('twelve');
    } finally {
      delete uiStrings['de-x-test'];
    }
  });
});
