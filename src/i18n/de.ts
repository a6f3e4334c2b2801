import type { Texts } from './texts';

/** German texts. */
export const DE: Texts = {
  steps: {
    loading: 'Wird geladen',
    'load-failed': 'Status konnte nicht geladen werden',
    'control-plane-not-ready': 'Control Plane wird vorbereitet',
    'not-activated': 'Nicht aktiviert',
    activating: 'Wird aktiviert',
    'permission-claims': 'Berechtigungen angefragt',
    configure: 'Bereit zur Konfiguration',
    installing: 'Wird installiert',
    ready: 'Aktiv',
    deactivating: 'Wird deaktiviert',
  },
  statusKinds: {
    deleting: 'Wird gelöscht',
    pending: 'Ausstehend',
    ready: 'Bereit',
    'in-progress': 'In Bearbeitung',
    unknown: 'Unbekannt',
  },
  updatingTag: 'Wird aktualisiert',
  flow: {
    label: 'Schritte',
    activate: 'Aktivieren',
    activateWithClaims: 'Aktivieren und Berechtigungen prüfen',
    configure: 'Konfigurieren',
    outcomes: { active: 'Aktiv', failed: 'Fehlgeschlagen', removing: 'Wird entfernt' },
    outcomeUpcoming: 'Aktiv',
    statuses: { done: 'erledigt', current: 'aktueller Schritt', upcoming: 'folgt' },
    failed: 'fehlgeschlagen',
    binding: (tool) => `Die ${tool}-API wird an Ihren Workspace gebunden`,
    reviewing: (tool, claims) =>
      `${tool} fordert ${claims === 1 ? 'eine Berechtigung' : `${claims} Berechtigungen`} an: bitte prüfen und akzeptieren`,
    installing: (tool, version) => `${tool} ${version} wird in Ihre Control Plane installiert`,
    updating: (tool, from, to) => (from ? `${tool} wird aktualisiert: ${from} → ${to}` : `${tool} wird auf ${to} aktualisiert`),
    removing: (tool) => `${tool} wird aus Ihrem Workspace entfernt`,
    elapsed: (duration) => `Läuft seit ${duration}`,
    next: {
      'review-permissions': () => 'Als Nächstes: die angeforderten Berechtigungen prüfen.',
      configure: () => 'Als Nächstes: Version wählen und installieren.',
      active: (tool) => `Als Nächstes: ${tool} wird aktiv und seine APIs erscheinen in diesem Workspace.`,
      removed: (tool) => `Als Nächstes: ${tool} verschwindet aus diesem Workspace; Sie können es später wieder aktivieren.`,
    },
  },
  summary: (tool, summary) => {
    const count = (n: number, one: string, many: string) => `${n} ${new Intl.PluralRules('de').select(n) === 'one' ? one : many}`;
    switch (summary.kind) {
      case 'loading':
        return `Der Status von ${tool} wird gelesen…`;
      case 'load-failed':
        return `Der Status von ${tool} konnte nicht gelesen werden.`;
      case 'waiting-for-control-plane':
        return `${tool} kann aktiviert werden, sobald die Control Plane bereit ist.`;
      case 'not-activated':
        return `${tool} ist in diesem Workspace nicht aktiviert.`;
      case 'binding':
        return `${tool} wird an diesen Workspace gebunden.`;
      case 'reviewing-permissions':
        return `${tool} wartet darauf, dass Sie ${count(summary.claims, 'angeforderte Berechtigung', 'angeforderte Berechtigungen')} akzeptieren.`;
      case 'configure':
        return `${tool} ist aktiviert: Wählen Sie eine Version und installieren Sie sie.`;
      case 'installing':
        return `${tool} ${summary.version} wird installiert.`;
      case 'updating':
        return summary.from
          ? `${tool} wird von ${summary.from} auf ${summary.to} aktualisiert.`
          : `${tool} wird auf ${summary.to} aktualisiert.`;
      case 'failing':
        return `${tool} ${summary.version} konnte nicht installiert werden${summary.reason ? `: ${summary.reason}` : '.'}`;
      case 'running': {
        const extension = summary.extension;
        if (!extension) return `${tool} ${summary.version} läuft.`;
        const what =
          extension.type === 'providers'
            ? count(extension.count, 'Provider', 'Providern')
            : count(extension.count, 'Komponente', 'Komponenten');
        return extension.type === 'components' && extension.count === 0
          ? `${tool} ${summary.version} läuft mit den Standard-Komponenten.`
          : `${tool} ${summary.version} läuft mit ${what}.`;
      }
      case 'removing':
        return summary.waitingFor === 'objects'
          ? `${tool} wird entfernt: Es wird gewartet, bis die Objekte seiner APIs gelöscht sind.`
          : `${tool} wird entfernt: Es wird gewartet, bis der Operator es deinstalliert hat.`;
    }
  },
  details: {
    title: 'Details',
    binding: 'APIBinding',
    tool: (tool) => `${tool} (Aktivierungsressource)`,
    changed: (relative, absolute) => `geändert ${relative} (${absolute})`,
  },
  update: {
    available: (version) => `Update verfügbar: ${version}`,
    action: 'Version ändern',
    actionFor: (tool, version) => `Version von ${tool} auf ${version} ändern`,
  },
  rollback: {
    action: (version) => `Zurück zu ${version}`,
    confirmHeader: (tool, version) => `${tool} auf ${version} zurücksetzen?`,
    confirmBody: (tool, from, to) =>
      `${tool} wird von ${from} auf ${to} zurückgesetzt, mit der Konfiguration vor der letzten Versionsänderung. Die Rückkehr zu einer älteren Version kann fehlschlagen oder Einstellungen verlieren, die ${to} nicht kennt.`,
    confirm: 'Zurücksetzen',
    dismiss: 'Abbrechen',
  },
  controlPlane: {
    phase: (phase) => `Phase der Control Plane: ${phase}`,
    unknownPhase: 'Phase der Control Plane: noch nicht gemeldet',
    notReady: 'Die Aktivierung ist möglich, sobald die Control Plane bereit ist. Diese Seite aktualisiert sich selbst.',
  },
  activation: {
    intro: (tool) => `Aktivieren Sie ${tool}, um seine APIs in diesen Workspace einzubinden. Danach wählen Sie die Version.`,
    activate: 'Aktivieren',
    activating: 'Warten, bis das APIBinding gebunden ist…',
    bindingPhase: (phase) => `Phase des APIBindings: ${phase || 'angelegt'}`,
  },
  claims: {
    intro: (tool) => `${tool} fragt Zugriff auf folgende Ressourcen dieses Workspaces an. Akzeptieren Sie, um fortzufahren.`,
    group: 'Gruppe',
    coreGroup: 'core',
    resource: 'Ressource',
    verbs: 'Verben',
    accept: 'Berechtigungen akzeptieren',
  },
  form: {
    title: 'Konfigurieren',
    upgradeTitle: 'Version ändern',
    version: 'Version',
    newest: 'neueste',
    providers: 'Provider',
    provider: 'Provider',
    providerVersion: 'Provider-Version',
    addProvider: 'Provider hinzufügen',
    removeProvider: (name) => `${name} entfernen`,
    noProviders: 'Keine Provider ausgewählt.',
    components: 'Komponenten',
    componentsHint: (defaults) =>
      `Die ausgewählten Controller werden installiert. Vorausgewählt sind die Standard-Controller (${defaults}); ohne Auswahl installiert der Operator ebenfalls diese.`,
    preview: 'Was angelegt wird',
    submit: 'Installieren',
    upgradeSubmit: 'Änderung anwenden',
    versionChange: (from, to) => `${from} → ${to}`,
    relations: { newer: 'neuer', older: 'älter', installed: 'installiert', unknown: '' },
    downgradeWarning: (from, to) =>
      `${to} ist älter als die installierte Version ${from}. Ein Downgrade kann fehlschlagen oder Einstellungen verlieren, die ${to} nicht kennt. Bestätigen Sie, um fortzufahren.`,
    downgradeConfirm: 'Ich möchte auf die ältere Version wechseln',
    unchanged:
      'Das ist die aktuelle Konfiguration. Wählen Sie eine andere Version oder ändern Sie die Auswahl, um eine Änderung anzuwenden.',
    whatChanges: 'Was sich ändert',
    diffKinds: { added: 'hinzugefügt', removed: 'entfernt', unchanged: 'unverändert' },
    extensionChange: (change) => {
      switch (change.kind) {
        case 'provider-added':
          return `Provider ${change.name} ${change.version} wird hinzugefügt.`;
        case 'provider-removed':
          return `Provider ${change.name} ${change.version} wird entfernt.`;
        case 'provider-changed':
          return `Provider ${change.name} wechselt von ${change.from} auf ${change.to}.`;
        case 'component-added':
          return `Komponente ${change.name} wird hinzugefügt.`;
        case 'component-removed':
          return `Komponente ${change.name} wird entfernt.`;
      }
    },
    cancelUpgrade: 'Abbrechen',
    invalid: 'Bitte korrigieren Sie die Konfiguration:',
    errors: {
      required: () => 'Bitte wählen Sie einen Wert.',
      'unknown-version': (value) => `Version ${value} wird im Katalog nicht angeboten.`,
      'unknown-provider': (value) => `Provider ${value} wird im Katalog nicht angeboten.`,
      'provider-version-not-offered': (value) => `Provider-Version ${value} wird im Katalog nicht angeboten.`,
      'duplicate-provider': (value) => `Provider ${value} ist doppelt aufgeführt.`,
      'unknown-component': (value) => `Komponente ${value} wird im Katalog nicht angeboten.`,
    },
  },
  installing: {
    title: (tool) => `${tool} wird installiert`,
    outdated: 'Der Status ist eventuell veraltet: Der Operator hat die letzte Änderung noch nicht verarbeitet.',
    change: 'Konfiguration ändern',
  },
  conditions: {
    title: 'Bedingungen',
    none: 'Noch keine Bedingungen gemeldet.',
    error: 'Fehler',
  },
  ready: {
    title: (tool) => `${tool} ist aktiv`,
    installedVersion: 'Installierte Version',
    apis: 'Jetzt verfügbare APIs',
    noApis: 'Das APIBinding meldet noch keine APIs.',
    apisPending: 'Es wird gewartet, bis das APIBinding seine APIs meldet…',
    upgrade: 'Version ändern',
    deactivate: 'Deaktivieren',
    resources: 'Ressourcen öffnen',
    pages: 'Neue Seiten im Portal',
  },
  deactivation: {
    confirmHeader: (tool) => `${tool} deaktivieren?`,
    confirmBody: (tool) =>
      `Beim Deaktivieren von ${tool} wird sein APIBinding gelöscht. kcp löscht dann alle Objekte der APIs von ${tool} in diesem Workspace. Das lässt sich nicht rückgängig machen.`,
    confirm: 'Deaktivieren',
    dismiss: 'Abbrechen',
    terminating: (tool) => `${tool} wird entfernt`,
    blocker: 'Wartet auf:',
  },
  failure: {
    actions: {
      load: 'Der Status konnte nicht geladen werden.',
      activate: 'Die Aktivierung ist fehlgeschlagen.',
      'accept-claims': 'Die Berechtigungen konnten nicht akzeptiert werden.',
      configure: 'Die Konfiguration konnte nicht angelegt werden.',
      upgrade: 'Die Versionsänderung konnte nicht angewendet werden.',
      rollback: 'Das Zurücksetzen konnte nicht angewendet werden.',
      deactivate: 'Die Deaktivierung ist fehlgeschlagen.',
    },
    kinds: {
      'not-found': 'Das Objekt wurde nicht gefunden. Es wurde eventuell inzwischen entfernt; „Wiederholen“ liest den aktuellen Stand.',
      'unknown-workspace':
        'Der Workspace existiert nicht oder ist über das Gateway nicht erreichbar. Prüfen Sie im Portal, ob der Account noch existiert, dann „Wiederholen“.',
      forbidden:
        'Ihnen fehlt die Berechtigung für diese Aktion. Bitten Sie eine Administratorin oder einen Administrator des Workspaces um Zugriff, dann „Wiederholen“.',
      'already-exists': 'Das Objekt existiert bereits. „Wiederholen“ liest es und fährt damit fort.',
      conflict: 'Das Objekt wurde gleichzeitig geändert. „Wiederholen“ verwendet den neuesten Stand.',
      invalid: 'Das Gateway hat die Eingabe abgelehnt. Prüfen Sie die Werte und senden Sie sie erneut.',
      unauthorized: 'Ihre Sitzung ist abgelaufen. Laden Sie das Portal neu, um sich anzumelden, dann „Wiederholen“.',
      'too-many-requests': 'Das Gateway ist ausgelastet. Warten Sie kurz, dann „Wiederholen“.',
      unavailable: 'Das Gateway ist vorübergehend nicht verfügbar. Warten Sie kurz, dann „Wiederholen“.',
      timeout:
        'Das Gateway hat nicht rechtzeitig geantwortet; die Änderung wurde eventuell trotzdem ausgeführt. „Wiederholen“ liest den aktuellen Stand und fährt fort.',
      deadline: 'Das dauert länger als erwartet. „Wiederholen“ wartet weiter; prüfen Sie sonst die Conditions unten.',
      network: 'Das Gateway ist nicht erreichbar. Prüfen Sie Ihre Verbindung, dann „Wiederholen“.',
      schema:
        'Das Gateway bietet die erwartete API nicht an (Gateway nicht unterstützt oder Binding fehlt). Wiederholen Sie es gleich; bleibt der Fehler, wenden Sie sich an das Plattform-Team.',
      unknown:
        'Ein unerwarteter Fehler ist aufgetreten. Wiederholen Sie es; bleibt der Fehler, wenden Sie sich mit den Details unten an das Plattform-Team.',
    },
    details: 'Meldung des Gateways',
    retry: 'Wiederholen',
    dismiss: 'Schließen',
    notLoaded: 'Der Status ist nicht geladen.',
  },
  conflict: {
    resource: (tool, theirs, mine) => `Jemand anderes hat inzwischen ${tool} ${theirs} installiert. Sie haben ${mine} gewählt.`,
    binding: (tool, theirs, mine) =>
      `Ein APIBinding für ${tool} existiert bereits und bindet den Export ${theirs}; diese Seite bindet ${mine}.`,
    spec: (version, extras) => (extras ? `${version} mit ${extras}` : version),
    keepTheirs: 'Deren behalten',
    applyMine: 'Meine anwenden',
    replaceHeader: (tool) => `APIBinding von ${tool} ersetzen?`,
    replaceBody: (tool) =>
      `„Meine anwenden“ löscht das bestehende APIBinding; kcp löscht dann alle Objekte seiner APIs in diesem Workspace. Danach wird ${tool} neu gebunden. Das kann nicht rückgängig gemacht werden.`,
    replaceConfirm: 'Ersetzen',
    replaceDismiss: 'Abbrechen',
  },
  connection: {
    reconnecting:
      'Die Live-Verbindung zum Gateway ist unterbrochen. Die Seite zeigt den letzten bekannten Stand, der veraltet sein kann, und verbindet sich im Hintergrund neu.',
  },
  navigation: {
    available: 'Neue Seiten sind verfügbar.',
    overdue: 'Das Portal hat die neuen Seiten noch nicht gemeldet. Aktualisieren Sie die Navigation, um nachzusehen.',
    overdueRemoved: 'Das Portal hat das Entfernen der Seiten noch nicht gemeldet. Aktualisieren Sie die Navigation, um nachzusehen.',
    refresh: 'Aktualisieren',
  },
  context: {
    title: 'Diese Seite kann nicht angezeigt werden',
    missingGateway:
      'Das Portal hat keine Gateway-URL übergeben (context.portalContext.crdGatewayApiUrl). Öffnen Sie die Seite über die OpenControlPlane-Navigation eines Accounts.',
    invalidGateway: (detail) =>
      `Die Gateway-URL des Portals ist nicht verwendbar: ${detail}. Die Portal-Einstellung crdGatewayApiUrl muss korrigiert werden.`,
    missingToken:
      'Das Portal hat kein Anmelde-Token übergeben (context.token). Melden Sie sich im Portal erneut an und öffnen Sie die Seite dann wieder.',
    unknownTool: (id) =>
      `Das Tool „${id}“ ist nicht im Katalog. context.toolId des Portal-Knotens muss ein Tool des Katalogs nennen, oder der Katalog braucht einen Eintrag dafür.`,
    catalogFailed: (detail) =>
      `Der Tool-Katalog konnte nicht geladen werden: ${detail}. „Wiederholen“ lädt ihn erneut; ist die Datei fehlerhaft (assets/catalog.json neben main.js oder context.catalogUrl), muss sie korrigiert werden.`,
    howToFix: 'Bleibt das Problem, wenden Sie sich an das Plattform-Team.',
  },
  overview: {
    title: 'Plattform-Tools',
    open: (tool) => `${tool} öffnen`,
    version: (version) => `Version ${version}`,
    notInstalled: 'Nicht installiert',
    waiting: 'Noch nicht verfügbar',
  },
  access: {
    readOnly: (request) => `Sie haben in diesem Workspace nur Lesezugriff. Bitten Sie eine Workspace-Administration, ${request}.`,
    requests: {
      activate: (tool) => `${tool} zu aktivieren`,
      acceptClaims: (tool) => `die Berechtigungen zu akzeptieren, die ${tool} anfordert`,
      configure: (tool) => `${tool} zu installieren`,
      change: (tool) => `die Konfiguration von ${tool} zu ändern`,
    },
    overviewTitle: 'Nur Lesezugriff',
    overview:
      'Sie haben in diesem Workspace nur Lesezugriff. Bitten Sie eine Workspace-Administration, Tools zu aktivieren oder zu ändern.',
    checkRejected: 'Der API-Server würde diese Konfiguration nicht annehmen:',
  },
  announcements: {
    step: (tool, step) => `${tool}: ${step}`,
    error: (announcement, reason) => `${announcement}. Fehler: ${reason}`,
  },
  loading: 'Wird geladen…',
  longText: {
    more: 'Ganzen Text anzeigen',
    less: 'Weniger anzeigen',
  },
};
