import { ChangeDetectionStrategy, Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MessageStripOnDemand } from './message-strip-on-demand';
import { registerMessageStripUi5 } from './ui5-on-demand';

@Component({
  selector: 'openmcp-strip-host',
  changeDetection: ChangeDetectionStrategy.OnPush,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  imports: [MessageStripOnDemand],
  template: `@if (shown()) {
    <ui5-message-strip design="Negative">Activation failed.</ui5-message-strip>
  }`,
})
class StripHost {
  readonly shown = signal(false);
}

/** Lets promise callbacks and Angular's scheduled change detection run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('MessageStripOnDemand', () => {
  let loads: number;
  let finish: (outcome: 'loaded' | 'failed') => void;

  beforeEach(() => {
    loads = 0;
    registerMessageStripUi5(() => {
      loads++;
      return new Promise(
        (resolve, reject) => (finish = (outcome) => (outcome === 'loaded' ? resolve(undefined) : reject(new Error('offline')))),
      );
    });
  });
  afterEach(() => jest.restoreAllMocks());

  function render() {
    const fixture = TestBed.createComponent(StripHost);
    fixture.detectChanges();
    const strip = () => fixture.nativeElement.querySelector('ui5-message-strip') as HTMLElement | null;
    return { fixture, strip };
  }

  it('loads the component with the first strip, not displayed until it is there', async () => {
    const { fixture, strip } = render();
    expect(loads).toBe(0); // no strip, nothing loaded
    fixture.componentInstance.shown.set(true);
    await fixture.whenStable();
    expect(loads).toBe(1);
    expect(strip()?.style.display).toBe('none');
    finish('loaded');
    await settle();
    await fixture.whenStable();
    expect(strip()?.style.display).toBe('');
    expect(strip()?.textContent).toContain('Activation failed.');
  });

  it('shows the text after a failed load rather than hiding the message, and logs what failed', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const { fixture, strip } = render();
    fixture.componentInstance.shown.set(true);
    await fixture.whenStable();
    finish('failed');
    await settle();
    await fixture.whenStable();
    expect(strip()?.style.display).toBe('');
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('loading the message strip component failed'), expect.any(Error));
  });
});
