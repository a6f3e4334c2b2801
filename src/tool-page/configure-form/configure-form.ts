import {
  ChangeDetectionStrategy,
  Component,
  computed,
  CUSTOM_ELEMENTS_SCHEMA,
  input,
  linkedSignal,
  output,
  signal,
  untracked,
} from '@angular/core';
import {
  checkChangeVersion,
  defaultDraft,
  draftFromResource,
  enablementSpec,
  extensionChanges,
  labelledVersions,
  sortVersions,
  validateDraft,
  type ConfigureDraft,
  type DraftCheck,
  type EnablementResource,
  type ToolDefinition,
} from '@opencp/onboarding';
import { specDiff, yamlPreview } from '@opencp/onboarding/yaml-preview';
import type { Texts } from '../../i18n/texts';
import { ProviderRows } from './provider-rows';
import { selectedValue } from './selected-value';
import { ServerCheck } from './server-check';
import { MessageStripOnDemand } from '../../message-strip-on-demand';

/**
 * The configure form, also the Change version form (with `resource`): title "Change version" with current → target,
 * versions labelled newer / older / installed (semver), the configuration in force not submittable unchanged, a
 * downgrade only after its warning is confirmed, and "What will change" as a line diff of the spec plus the provider /
 * component changes in words. For a first configuration: version select (newest first by semver), Crossplane
 * providers, Flux components, validation against the catalog and a read-only YAML preview of exactly what will be
 * sent. Emits the draft; the flow keeps it as `draft`, which this form shows again after a failure.
 */
@Component({
  selector: 'openmcp-configure-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  imports: [MessageStripOnDemand, ProviderRows],
  templateUrl: './configure-form.html',
  styleUrls: ['../panel.css', './configure-form.css'],
})
export class ConfigureForm {
  /** Tool from the catalog: versions, providers, components. */
  readonly tool = input.required<ToolDefinition>();
  /** Dictionary of the current locale. */
  readonly texts = input.required<Texts>();
  /** The installed resource when upgrading (prefills the form); null for a first configuration. */
  readonly resource = input<EnablementResource | null>(null);
  /** The user's last input kept by the flow after a failure; wins over defaults and the installed spec. */
  readonly draft = input<ConfigureDraft | null>(null);
  /** A write is in flight: submitting is disabled. */
  readonly busy = input(false);
  /** The page's dry run found the workspace read-only: submitting is disabled (the page says why). */
  readonly readOnly = input(false);
  /** The flow's server-side check of a draft (a dry run); null: none. */
  readonly draftCheck = input<DraftCheck | null>(null);
  /** Emits the valid draft when the user submits. */
  readonly submitted = output<ConfigureDraft>();
  /** Emits when the user closes the upgrade form without changes. */
  readonly cancelled = output<void>();

  protected readonly upgrading = computed(() => this.resource() !== null);
  /** The form's value; re-derived only when the tool or the kept draft changes, not on live status updates. */
  protected readonly value = linkedSignal<{ tool: ToolDefinition; draft: ConfigureDraft | null }, ConfigureDraft>({
    source: () => ({ tool: this.tool(), draft: this.draft() }),
    computation: ({ tool, draft }) => {
      const resource = untracked(this.resource);
      return draft ?? (resource ? draftFromResource(tool, resource) : defaultDraft(tool));
    },
  });
  protected readonly versions = computed(() => sortVersions(this.tool().versions));
  /** Spec in force (Change version only). */
  private readonly currentSpec = computed(() => {
    const resource = this.resource();
    return resource ? enablementSpec(this.tool(), draftFromResource(this.tool(), resource)) : null;
  });
  /** newer / older / installed per version, against the version in force. */
  protected readonly relations = computed(() => {
    const installed = this.currentSpec()?.version ?? null;
    return new Map(labelledVersions(this.tool(), installed).map((entry) => [entry.version, entry.relation]));
  });
  /** The target version whose downgrade warning the user confirmed; choosing another version clears it. */
  private readonly confirmedFor = signal<string | null>(null);
  protected readonly downgradeConfirmed = computed(() => this.confirmedFor() === this.value().version);
  protected readonly change = computed(() => {
    const current = this.currentSpec();
    return current ? checkChangeVersion(this.tool(), current, this.value(), this.downgradeConfirmed()) : null;
  });
  protected readonly diff = computed(() => {
    const current = this.currentSpec();
    return current ? specDiff(current, enablementSpec(this.tool(), this.value())) : [];
  });
  protected readonly extensionChanges = computed(() => {
    const current = this.currentSpec();
    return current ? extensionChanges(current, enablementSpec(this.tool(), this.value())) : [];
  });
  /** Submit is possible: valid, not busy, not read-only, and (Change version) a change that needs no further confirmation. */
  protected readonly submittable = computed(
    () => !this.busy() && !this.readOnly() && this.errors().length === 0 && !this.change()?.blocked,
  );
  protected readonly errors = computed(() => validateDraft(this.tool(), this.value()));
  /** The API server's answer to a dry run of the valid value on screen (debounced); its refusal is shown inline. */
  protected readonly serverCheck = new ServerCheck(
    this.draftCheck,
    this.value,
    computed(() => !this.readOnly() && this.errors().length === 0 && !this.change()?.unchanged),
  );
  protected readonly yaml = computed(() => yamlPreview(this.tool(), this.value()));
  protected readonly providers = computed(() => {
    const extension = this.tool().extension;
    return extension?.type === 'providers' ? extension : null;
  });
  protected readonly components = computed(() => {
    const extension = this.tool().extension;
    return extension?.type === 'components' ? extension : null;
  });
  protected readonly versionError = computed(() => this.errors().find((error) => error.field === 'version'));

  protected chooseVersion(event: Event): void {
    const version = selectedValue(event);
    if (version !== this.value().version) this.confirmedFor.set(null);
    this.value.update((draft) => ({ ...draft, version }));
  }

  protected changeProviders(providers: readonly { readonly name: string; readonly version: string }[]): void {
    this.value.update((draft) => ({ ...draft, providers }));
  }

  protected toggleComponent(name: string, event: Event): void {
    const checked = (event.target as { checked?: boolean } | null)?.checked === true;
    this.value.update((draft) => {
      const others = (draft.components ?? []).filter((component) => component !== name);
      const order = this.components()?.components ?? [];
      const next = checked ? [...others, name] : others;
      return { ...draft, components: order.filter((component) => next.includes(component)) };
    });
  }

  protected confirmDowngrade(event: Event): void {
    const checked = (event.target as { checked?: boolean } | null)?.checked === true;
    this.confirmedFor.set(checked ? this.value().version : null);
  }

  protected hasComponent(name: string): boolean {
    return (this.value().components ?? []).includes(name);
  }

  protected submit(event?: Event): void {
    event?.preventDefault();
    if (!this.submittable()) return;
    this.submitted.emit(this.value());
  }
}
