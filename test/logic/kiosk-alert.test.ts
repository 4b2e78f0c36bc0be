import { expect } from '@open-wc/testing';
import { alertFor } from '../../src/logic/kiosk-alert.js';

const both = ['emergency', 'urgent'] as const;

describe('kiosk alert rule', () => {
  it('alerts on an emergency or urgent outcome by default', () => {
    expect(alertFor(['emergency'], both)).to.equal('emergency');
    expect(alertFor(['urgent'], both)).to.equal('urgent');
  });

  it('does not alert on see-doctor, self-care, or nothing shown', () => {
    expect(alertFor(['see-doctor'], both)).to.equal(null);
    expect(alertFor(['self-care', null, undefined], both)).to.equal(null);
    expect(alertFor([], both)).to.equal(null);
  });

  it('reports the emergency when widgets hold both', () => {
    expect(alertFor(['urgent', 'emergency'], both)).to.equal('emergency');
    expect(alertFor(['self-care', 'urgent'], both)).to.equal('urgent');
  });

  it('skips urgent when the clinic alerts on emergencies only', () => {
    expect(alertFor(['urgent'], ['emergency'])).to.equal(null);
    expect(alertFor(['urgent', 'emergency'], ['emergency'])).to.equal('emergency');
  });

  it('ignores unknown words and case it was not given', () => {
    expect(alertFor(['EMERGENCY', 'critical'], both)).to.equal(null);
  });
});
