import type { ContentDocument } from '../content/content-document';
import {
  LazyChildren,
  lazyNavigationNodes,
  LuigiNode,
  navigationNodes,
  PortalAccount,
  translatedDocument,
} from '../navigation/luigi-navigation';
import type { PortalSettings } from '../settings/portal-settings';
import { PageChoice, withParameter } from './page-parameters';

/** Tag of the local portal's own page (user, speed, locale, reset); defined by the page script itself. */
export const HOME_TAG = 'local-portal-home';

/** What the home page receives in its `context.localPortal`. */
export interface HomeContext {
  settings: PortalSettings;
  choice: PageChoice;
  href: string;
}

/**
 * Luigi core configuration of the local portal: navigation generated from the content document, the user's token
 * in the global context (the elements re-read it lazily, docs/platform.md §5.4), the bundle's origin in
 * `validWebcomponentUrls` (docs/platform.md §5.1), hash routing (the server serves one page), and a profile menu to switch users.
 * With `accountLoader` (see account-navigation.ts) the accounts' children also carry their ContentConfigurations'
 * pages and are loaded again on `Luigi.configChanged('navigation')`; without it only the shipped pages are shown.
 */
export function luigiConfig(
  settings: PortalSettings,
  document: ContentDocument,
  choice: PageChoice,
  href: string,
  accountLoader?: (account: PortalAccount) => LazyChildren,
): Record<string, unknown> {
  const page = new URL(href);
  const home: LuigiNode = {
    pathSegment: 'local',
    label: 'Local portal',
    testId: 'local-portal',
    hideSideNav: true,
    viewUrl: `${page.origin}/portal/portal-page.js`,
    webcomponent: { selfRegistered: true, tagName: HOME_TAG },
    context: { localPortal: { settings, choice, href } satisfies HomeContext },
  };
  return {
    navigation: {
      nodes: [
        ...(accountLoader
          ? lazyNavigationNodes(translatedDocument(document, choice.locale), settings.accounts, accountLoader)
          : navigationNodes(document, settings.accounts, choice.locale)),
        home,
      ],
      globalContext: {
        token: choice.user.token,
        userId: choice.user.email,
        userEmail: choice.user.email,
        portalBaseUrl: page.origin,
      },
      validWebcomponentUrls: [`^${escapeRegExp(new URL(settings.bundleUrl).origin)}/`],
      profile: {
        staticUserInfoFn: () => Promise.resolve({ name: choice.user.label, email: choice.user.email }),
        items: settings.users
          .filter((user) => user.id !== choice.user.id)
          .map((user) => ({
            label: `Switch to ${user.label}`,
            icon: 'switch-account',
            externalLink: { url: withParameter(href, 'user', user.id), sameWindow: true },
          })),
      },
    },
    routing: { useHashRouting: true },
    settings: {
      header: { title: 'OpenControlPlane', subTitle: settings.mode === 'emulator' ? 'local portal · emulator' : 'local portal · gateway' },
      responsiveNavigation: 'semiCollapsible',
      appLoadingIndicator: { hideAutomatically: true },
      // The portal uses navHeader (docs/platform.md §6.3); Luigi 2.x keeps it behind this switch.
      experimental: { navHeader: true },
    },
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
