import type { Texts } from './texts';

/** English texts (the fallback locale). */
export const EN: Texts = {
  steps: {
    loading: 'Loading',
    'load-failed': 'Could not load the status',
    'control-plane-not-ready': 'Control plane is being prepared',
    'not-activated': 'Not activated',
    activating: 'Activating',
    'permission-claims': 'Permissions requested',
    configure: 'Ready to configure',
    installing: 'Installing',
    ready: 'Active',
    deactivating: 'Deactivating',
  },
  statusKinds: {
    deleting: 'Deleting',
    pending: 'Pending',
    ready: 'Ready',
    'in-progress': 'In progress',
    unknown: 'Unknown',
  },
  updatingTag: 'Updating',
  flow: {
    label: 'Steps',
    activate: 'Activate',
    activateWithClaims: 'Activate and review permissions',
    configure: 'Configure',
    outcomes: { active: 'Active', failed: 'Failed', removing: 'Removing' },
    outcomeUpcoming: 'Active',
    statuses: { done: 'done', current: 'current step', upcoming: 'upcoming' },
    failed: 'failed',
    binding: (tool) => `Binding the ${tool} API to your workspace`,
    reviewing: (tool, claims) =>
      `${tool} requests ${claims === 1 ? '1 permission' : `${claims} permissions`}: review and accept ${claims === 1 ? 'it' : 'them'}`,
    installing: (tool, version) => `Installing ${tool} ${version} into your control plane`,
    updating: (tool, from, to) => (from ? `Updating ${tool} ${from} → ${to}` : `Updating ${tool} to ${to}`),
    removing: (tool) => `Removing ${tool} from your workspace`,
    elapsed: (duration) => `Running for ${duration}`,
    next: {
      'review-permissions': () => 'Next: review the requested permissions.',
      configure: () => 'Next: choose the version and install.',
      active: (tool) => `Next: ${tool} becomes active and its APIs appear in this workspace.`,
      removed: (tool) => `Next: ${tool} disappears from this workspace; you can activate it again later.`,
    },
  },
  summary: (tool, summary) => {
    const count = (n: number, one: string, many: string) => `${n} ${new Intl.PluralRules('en').select(n) === 'one' ? one : many}`;
    switch (summary.kind) {
      case 'loading':
        return `Reading the status of ${tool}…`;
      case 'load-failed':
        return `The status of ${tool} could not be read.`;
      case 'waiting-for-control-plane':
        return `${tool} can be activated once the control plane is ready.`;
      case 'not-activated':
        return `${tool} is not activated in this workspace.`;
      case 'binding':
        return `${tool} is being bound to this workspace.`;
      case 'reviewing-permissions':
        return `${tool} waits for you to accept ${count(summary.claims, 'requested permission', 'requested permissions')}.`;
      case 'configure':
        return `${tool} is activated: choose a version and install it.`;
      case 'installing':
        return `${tool} ${summary.version} is being installed.`;
      case 'updating':
        return summary.from
          ? `${tool} is being updated from ${summary.from} to ${summary.to}.`
          : `${tool} is being updated to ${summary.to}.`;
      case 'failing':
        return `${tool} ${summary.version} could not be installed${summary.reason ? `: ${summary.reason}` : '.'}`;
      case 'running': {
        const extension = summary.extension;
        if (!extension) return `${tool} ${summary.version} is running.`;
        const what =
          extension.type === 'providers'
            ? count(extension.count, 'provider', 'providers')
            : count(extension.count, 'component', 'components');
        return extension.type === 'components' && extension.count === 0
          ? `${tool} ${summary.version} is running with its default components.`
          : `${tool} ${summary.version} is running with ${what}.`;
      }
      case 'removing':
        return summary.waitingFor === 'objects'
          ? `${tool} is being removed: waiting until the objects of its APIs are deleted.`
          : `${tool} is being removed: waiting for the operator to uninstall it.`;
    }
  },
  details: {
    title: 'Details',
    binding: 'APIBinding',
    tool: (tool) => `${tool} (enablement resource)`,
    changed: (relative, absolute) => `changed ${relative} (${absolute})`,
  },
  update: {
    available: (version) => `Update available: ${version}`,
    action: 'Change version',
    actionFor: (tool, version) => `Change version of ${tool} to ${version}`,
  },
  rollback: {
    action: (version) => `Roll back to ${version}`,
    confirmHeader: (tool, version) => `Roll back ${tool} to ${version}?`,
    confirmBody: (tool, from, to) =>
      `${tool} goes back from ${from} to ${to} with the configuration it had before the last change of version. Going back to an older version may fail or lose settings that ${to} does not know.`,
    confirm: 'Roll back',
    dismiss: 'Cancel',
  },
  controlPlane: {
    phase: (phase) => `Control plane phase: ${phase}`,
    unknownPhase: 'Control plane phase: not reported yet',
    notReady: 'Activation becomes possible once the control plane is Ready. This page updates by itself.',
  },
  activation: {
    intro: (tool) => `Activate ${tool} to bind its APIs into this workspace. You configure the version next.`,
    activate: 'Activate',
    activating: 'Waiting for the APIBinding to become Bound…',
    bindingPhase: (phase) => `APIBinding phase: ${phase || 'created'}`,
  },
  claims: {
    intro: (tool) => `${tool} asks for access to the following resources of this workspace. Accept to continue.`,
    group: 'Group',
    coreGroup: 'core',
    resource: 'Resource',
    verbs: 'Verbs',
    accept: 'Accept permissions',
  },
  form: {
    title: 'Configure',
    upgradeTitle: 'Change version',
    version: 'Version',
    newest: 'newest',
    providers: 'Providers',
    provider: 'Provider',
    providerVersion: 'Provider version',
    addProvider: 'Add provider',
    removeProvider: (name) => `Remove ${name}`,
    noProviders: 'No providers selected.',
    components: 'Components',
    componentsHint: (defaults) =>
      `The checked controllers are installed. Preselected are the defaults (${defaults}); with none checked, the operator installs these defaults too.`,
    preview: 'What will be created',
    submit: 'Install',
    upgradeSubmit: 'Apply change',
    versionChange: (from, to) => `${from} → ${to}`,
    relations: { newer: 'newer', older: 'older', installed: 'installed', unknown: '' },
    downgradeWarning: (from, to) =>
      `${to} is older than the installed ${from}. A downgrade may fail or lose settings that ${to} does not know. Confirm to continue.`,
    downgradeConfirm: 'I want to downgrade',
    unchanged: 'This is the configuration in force. Choose another version or change the selection to apply a change.',
    whatChanges: 'What will change',
    diffKinds: { added: 'added', removed: 'removed', unchanged: 'unchanged' },
    extensionChange: (change) => {
      switch (change.kind) {
        case 'provider-added':
          return `Provider ${change.name} ${change.version} will be added.`;
        case 'provider-removed':
          return `Provider ${change.name} ${change.version} will be removed.`;
        case 'provider-changed':
          return `Provider ${change.name} changes from ${change.from} to ${change.to}.`;
        case 'component-added':
          return `Component ${change.name} will be added.`;
        case 'component-removed':
          return `Component ${change.name} will be removed.`;
      }
    },
    cancelUpgrade: 'Cancel',
    invalid: 'Please correct the configuration:',
    errors: {
      required: () => 'Please choose a value.',
      'unknown-version': (value) => `Version ${value} is not offered by the catalog.`,
      'unknown-provider': (value) => `Provider ${value} is not offered by the catalog.`,
      'provider-version-not-offered': (value) => `Provider version ${value} is not offered by the catalog.`,
      'duplicate-provider': (value) => `Provider ${value} is listed twice.`,
      'unknown-component': (value) => `Component ${value} is not offered by the catalog.`,
    },
  },
  installing: {
    title: (tool) => `Installing ${tool}`,
    outdated: 'The status may be outdated: the operator has not yet processed the latest change.',
    change: 'Change configuration',
  },
  conditions: {
    title: 'Conditions',
    none: 'No conditions reported yet.',
    error: 'Error',
  },
  ready: {
    title: (tool) => `${tool} is active`,
    installedVersion: 'Installed version',
    apis: 'APIs now available',
    noApis: 'No APIs reported by the APIBinding yet.',
    apisPending: 'Waiting for the APIBinding to report its APIs…',
    upgrade: 'Change version',
    deactivate: 'Deactivate',
    resources: 'Open resources',
    pages: 'New pages in the portal',
  },
  deactivation: {
    confirmHeader: (tool) => `Deactivate ${tool}?`,
    confirmBody: (tool) =>
      `Deactivating ${tool} deletes its APIBinding. kcp then deletes every object of ${tool}'s APIs in this workspace. This cannot be undone.`,
    confirm: 'Deactivate',
    dismiss: 'Cancel',
    terminating: (tool) => `${tool} is being removed`,
    blocker: 'Waiting for:',
  },
  failure: {
    actions: {
      load: 'Loading the status failed.',
      activate: 'Activation failed.',
      'accept-claims': 'Accepting the permissions failed.',
      configure: 'The configuration could not be created.',
      upgrade: 'The change of version could not be applied.',
      rollback: 'The roll back could not be applied.',
      deactivate: 'Deactivation failed.',
    },
    kinds: {
      'not-found': 'The object was not found. It may have been removed meanwhile; Retry reads the current state.',
      'unknown-workspace':
        'The workspace does not exist or is not reachable through the gateway. Check that the account still exists in the portal, then Retry.',
      forbidden: 'You lack the permission for this action. Ask an administrator of the workspace for access, then Retry.',
      'already-exists': 'The object exists already. Retry reads it and continues with it.',
      conflict: 'Someone changed the object at the same time. Retry uses the latest version.',
      invalid: 'The gateway rejected the input. Check the values and submit again.',
      unauthorized: 'Your session has expired. Reload the portal to sign in again, then Retry.',
      'too-many-requests': 'The gateway is busy. Wait a moment, then Retry.',
      unavailable: 'The gateway is temporarily unavailable. Wait a moment, then Retry.',
      timeout: 'The gateway did not answer in time; the change may or may not have been made. Retry reads the current state and continues.',
      deadline: 'This took longer than expected. Retry to keep waiting, or check the conditions below.',
      network: 'The gateway could not be reached. Check your connection, then Retry.',
      schema:
        'The gateway does not offer the expected API (unsupported gateway or missing binding). Retry after a moment; if it persists, contact the platform team.',
      unknown: 'An unexpected error occurred. Retry; if it persists, contact the platform team with the details below.',
    },
    details: 'Gateway message',
    retry: 'Retry',
    dismiss: 'Dismiss',
    notLoaded: 'The status is not loaded.',
  },
  conflict: {
    resource: (tool, theirs, mine) => `Someone else installed ${tool} ${theirs} meanwhile. You chose ${mine}.`,
    binding: (tool, theirs, mine) => `An APIBinding for ${tool} exists already and binds the export ${theirs}; this page binds ${mine}.`,
    spec: (version, extras) => (extras ? `${version} with ${extras}` : version),
    keepTheirs: 'Keep theirs',
    applyMine: 'Apply mine',
    replaceHeader: (tool) => `Replace the APIBinding of ${tool}?`,
    replaceBody: (tool) =>
      `Apply mine deletes the existing APIBinding; kcp then deletes every object of its APIs in this workspace. After that, ${tool} is bound again. This cannot be undone.`,
    replaceConfirm: 'Replace',
    replaceDismiss: 'Cancel',
  },
  connection: {
    reconnecting:
      'The live connection to the gateway is interrupted. The page shows the last known state, which may be outdated, and reconnects in the background.',
  },
  navigation: {
    available: 'New pages are available.',
    overdue: 'The portal has not reported the new pages yet. Refresh the navigation to check.',
    overdueRemoved: 'The portal has not reported that the pages are removed yet. Refresh the navigation to check.',
    refresh: 'Refresh',
  },
  context: {
    title: 'This page cannot be shown',
    missingGateway:
      "The portal did not provide the gateway URL (context.portalContext.crdGatewayApiUrl). Open this page from an account's OpenControlPlane navigation.",
    invalidGateway: (detail) =>
      `The gateway URL from the portal is not usable: ${detail}. The portal's crdGatewayApiUrl setting needs fixing.`,
    missingToken: 'The portal did not provide a sign-in token (context.token). Sign in to the portal again, then reopen this page.',
    unknownTool: (id) =>
      `The tool "${id}" is not in the catalog. The portal node's context.toolId must name a catalog tool, or the catalog needs an entry for it.`,
    catalogFailed: (detail) =>
      `The tool catalog could not be loaded: ${detail}. Retry loads it again; if the file is broken (assets/catalog.json beside main.js, or context.catalogUrl), it needs fixing.`,
    howToFix: 'If the problem persists, contact the platform team.',
  },
  overview: {
    title: 'Platform tools',
    open: (tool) => `Open ${tool}`,
    version: (version) => `Version ${version}`,
    notInstalled: 'Not installed',
    waiting: 'Not available yet',
  },
  access: {
    readOnly: (request) => `You have read-only access to this workspace. Ask a workspace administrator to ${request}.`,
    requests: {
      activate: (tool) => `activate ${tool}`,
      acceptClaims: (tool) => `accept the permissions ${tool} asks for`,
      configure: (tool) => `install ${tool}`,
      change: (tool) => `change the configuration of ${tool}`,
    },
    overviewTitle: 'Read-only access',
    overview: 'You have read-only access to this workspace. Ask a workspace administrator to activate or change tools.',
    checkRejected: 'The API server would not accept this configuration:',
  },
  announcements: {
    step: (tool, step) => `${tool}: ${step}`,
    error: (announcement, reason) => `${announcement}. Error: ${reason}`,
  },
  loading: 'Loading…',
  longText: {
    more: 'Show full text',
    less: 'Show less',
  },
};
