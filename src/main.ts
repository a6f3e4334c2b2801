import { createApplication } from '@angular/platform-browser';
import { Component, provideZonelessChangeDetection, ViewEncapsulation } from '@angular/core';
import { createCustomElement } from '@angular/elements';

@Component({ selector: 'x-probe', template: '<p>probe</p>', encapsulation: ViewEncapsulation.ShadowDom })
class Probe {}

createApplication({ providers: [provideZonelessChangeDetection()] }).then((app) => {
  customElements.define('x-probe', createCustomElement(Probe, { injector: app.injector }));
});
