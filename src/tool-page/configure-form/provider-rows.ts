import { ChangeDetectionStrategy, Component, computed, CUSTOM_ELEMENTS_SCHEMA, input, output } from '@angular/core';
import { sortVersions, type DraftFieldError, type ProvidersExtension } from '@opencp/onboarding';
import type { Texts } from '../../i18n/texts';
import { selectedValue } from './selected-value';

type ProviderChoice = { readonly name: string; readonly version: string };

/** Crossplane providers of the configure form: one row per provider (name, version, remove) and Add. */
@Component({
  selector: 'openmcp-provider-rows',
  changeDetection: ChangeDetectionStrategy.OnPush,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  styles: `
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    .muted {
      margin: 0;
      color: var(--sapContent_LabelColor);
    }
  `,
  template: `
    @for (choice of providers(); track $index; let index = $index) {
      <div class="row" data-testid="provider-row" [attr.data-provider]="choice.name">
        <ui5-select
          data-testid="provider-name"
          [attr.accessible-name]="texts().form.provider"
          [attr.value-state]="hasError(index) ? 'Negative' : 'None'"
          (change)="rename(index, $event)"
        >
          @for (offered of extension().providers; track offered.name) {
            <ui5-option [attr.value]="offered.name" [selected]="offered.name === choice.name">{{ offered.name }}</ui5-option>
          }
        </ui5-select>
        <ui5-select
          data-testid="provider-version"
          [attr.accessible-name]="texts().form.providerVersion"
          (change)="chooseVersion(index, $event)"
        >
          @for (version of versionsOf(choice.name); track version) {
            <ui5-option [attr.value]="version" [selected]="version === choice.version">{{ version }}</ui5-option>
          }
        </ui5-select>
        <ui5-button
          data-testid="remove-provider"
          design="Transparent"
          icon="delete"
          [attr.accessible-name]="texts().form.removeProvider(choice.name)"
          [attr.tooltip]="texts().form.removeProvider(choice.name)"
          (click)="remove(index)"
        ></ui5-button>
      </div>
    } @empty {
      <p class="muted">{{ texts().form.noProviders }}</p>
    }
    <div>
      <ui5-button data-testid="add-provider" icon="add" [disabled]="!nextProvider()" (click)="add()">{{
        texts().form.addProvider
      }}</ui5-button>
    </div>
  `,
})
export class ProviderRows {
  /** Providers the catalog offers. */
  readonly extension = input.required<ProvidersExtension>();
  /** Dictionary of the current locale. */
  readonly texts = input.required<Texts>();
  /** Current choices. */
  readonly providers = input.required<readonly ProviderChoice[]>();
  /** Validation errors of the whole draft (rows with a `providers` error are marked). */
  readonly errors = input<readonly DraftFieldError[]>([]);
  /** Emits the complete new list after every change. */
  readonly changed = output<readonly ProviderChoice[]>();

  /** First offered provider not chosen yet; Add is disabled when none is left. */
  protected readonly nextProvider = computed(() =>
    this.extension().providers.find((offered) => !this.providers().some((choice) => choice.name === offered.name)),
  );

  /** Each offered provider's versions, newest first; sorted once per catalog extension, not per render and row. */
  private readonly sortedVersions = computed(
    () => new Map(this.extension().providers.map((offered) => [offered.name, sortVersions(offered.versions)])),
  );

  protected versionsOf(name: string): readonly string[] {
    return this.sortedVersions().get(name) ?? [];
  }

  protected hasError(index: number): boolean {
    return this.errors().some((error) => error.field === 'providers' && error.index === index);
  }

  protected add(): void {
    const next = this.nextProvider();
    if (next) this.changed.emit([...this.providers(), { name: next.name, version: next.default }]);
  }

  protected remove(index: number): void {
    this.changed.emit(this.providers().filter((_, position) => position !== index));
  }

  protected rename(index: number, event: Event): void {
    const name = selectedValue(event);
    const offered = this.extension().providers.find((provider) => provider.name === name);
    this.replace(index, { name, version: offered?.default ?? '' });
  }

  protected chooseVersion(index: number, event: Event): void {
    this.replace(index, { ...this.providers()[index], version: selectedValue(event) });
  }

  private replace(index: number, choice: ProviderChoice): void {
    this.changed.emit(this.providers().map((current, position) => (position === index ? choice : current)));
  }
}
