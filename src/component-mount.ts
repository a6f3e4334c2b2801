import { ApplicationRef, createComponent, EnvironmentInjector, Injector, StaticProvider, Type } from '@angular/core';
import type { Mounter } from './deferred-element';
import type { ElementKind } from './element-tags';

/** What a page kind's chunk (`overview/page-entry.ts`, `tool-page/page-entry.ts`) hands `elements.ts` to mount. */
export interface PageEntry {
  readonly component: Type<unknown>;
  /** Providers of one tag's elements, e.g. a tool page tag's fixed tool id. */
  providers(kind: ElementKind): StaticProvider[];
}

/**
 * Mounter for `deferred-element.ts`: renders `component` into the custom element itself with Angular's
 * `createComponent({ hostElement })` (the host gets the component's shadow root) and attaches it to the application,
 * so zoneless change detection runs it. Inputs go through `ComponentRef.setInput` (signal inputs included). Used
 * instead of @angular/elements because the element class must exist before Angular is loaded (see `main.ts`).
 *
 * @param injector the application's environment injector (`createApplication`)
 * @param providers element-specific providers (e.g. the fixed tool id of a tool page tag)
 */
export function componentMounter(component: Type<unknown>, injector: EnvironmentInjector, providers: StaticProvider[] = []): Mounter {
  const appRef = injector.get(ApplicationRef);
  return (host, inputs) => {
    const elementInjector = Injector.create({ providers, parent: injector });
    const ref = createComponent(component, { environmentInjector: injector, elementInjector, hostElement: host });
    for (const [name, value] of inputs) ref.setInput(name, value);
    // First render with the initial inputs, then follow signals and input changes with the application's change
    // detection (as @angular/elements' component strategy does).
    ref.changeDetectorRef.detectChanges();
    appRef.attachView(ref.hostView);
    return {
      setInput: (name, value) => ref.setInput(name, value),
      destroy: () => ref.destroy(),
    };
  };
}
