import {
  contentForSelector,
  PAGES_BLOCK,
  ToolContentConfigurationsQuery,
  ToolContentConfigurationsSubscription,
} from '../gateway/documents/content-configuration-documents';
import { readList } from '../gateway/documents/read-response';
import { classifyNetworkError } from '../gateway/error-classification';
import type { GatewayClient } from '../gateway/gateway-client';
import { GatewayError } from '../gateway/gateway-error';
import { LiveList, type ListedObject, type ReconnectOptions } from './live-list';
import type { Scheduler } from './scheduler';

/** A page the portal shows for a tool: a node of one of its ContentConfigurations (docs/platform.md §5.6). */
export interface ToolPage {
  /** The node's `label` (e.g. "Resource Graph Definitions"). */
  readonly label: string;
  /** The node's `pathSegment`, relative to the control-plane entity node. */
  readonly path: string;
}

export { contentForSelector };

/** A ContentConfiguration as the pages documents select it. */
export interface ListedContentConfiguration extends ListedObject {
  readonly spec?: { readonly inlineConfiguration?: { readonly content?: string | null } | null } | null;
}

/**
 * The pages of ContentConfigurations: every node with a string `label` and `pathSegment` of each inline JSON
 * fragment (`luigiConfigFragment.data.nodes`), ordered by label. A content that is not JSON adds no page (the portal's
 * validator rejects it too).
 */
export function toolPages(items: readonly ListedContentConfiguration[]): ToolPage[] {
  const pages: ToolPage[] = [];
  for (const item of items) {
    let fragment: unknown;
    try {
      fragment = JSON.parse(item.spec?.inlineConfiguration?.content ?? 'null');
    } catch (error: unknown) {
      console.warn(`ContentConfiguration ${item.metadata?.name ?? ''} has no JSON content`, error);
      continue;
    }
    const nodes = (fragment as { luigiConfigFragment?: { data?: { nodes?: unknown } } } | null)?.luigiConfigFragment?.data?.nodes;
    for (const node of Array.isArray(nodes) ? (nodes as Record<string, unknown>[]) : []) {
      if (typeof node?.['label'] === 'string' && typeof node['pathSegment'] === 'string') {
        pages.push({ label: node['label'], path: node['pathSegment'] });
      }
    }
  }
  return pages.sort((a, b) => a.label.localeCompare(b.label));
}

/** Whom a {@link ToolPagesWatch} tells. */
export interface ToolPagesListener {
  /** The current pages: first from the list request, then after every change. */
  pages(pages: ToolPage[]): void;
  /** The list request or the stream failed for good; the wait's deadline still ends it. */
  failed(error: GatewayError): void;
}

/**
 * The tool's ContentConfigurations while the page waits for the portal to have (or drop) its pages: one list
 * request, then one stream from its resourceVersion (docs/platform.md §4.5) until `stop()`.
 */
export class ToolPagesWatch {
  private readonly stream: LiveList<ListedContentConfiguration>;
  private readonly variables: { readonly selector: string };
  private generation = 0;

  constructor(
    private readonly gateway: GatewayClient,
    exportName: string,
    scheduler: Scheduler,
    private readonly listener: ToolPagesListener,
    reconnect?: ReconnectOptions,
  ) {
    this.variables = { selector: contentForSelector(exportName) };
    this.stream = new LiveList<ListedContentConfiguration>({
      gateway,
      scheduler,
      reconnect,
      document: ToolContentConfigurationsSubscription,
      variables: this.variables,
      onChange: (items) => listener.pages(toolPages(items)),
      onFailure: (error) => listener.failed(error),
    });
  }

  /** Whether the stream is open (or reconnecting). */
  get active(): boolean {
    return this.stream.active;
  }

  /** Lists, reports and watches (restarting a running watch). */
  start(): void {
    this.stop();
    const generation = this.generation;
    void this.gateway.query<unknown>({ document: ToolContentConfigurationsQuery, variables: this.variables }).then(
      (result) => {
        if (generation !== this.generation) return;
        const list = readList<ListedContentConfiguration>(result.data, PAGES_BLOCK);
        if (!list || result.errors[0]) {
          this.listener.failed(result.errors[0] ?? new GatewayError('schema', 'The gateway answered without a ContentConfiguration list'));
          return;
        }
        this.listener.pages(toolPages(list.items));
        this.stream.start(list);
      },
      (error: unknown) => generation === this.generation && this.listener.failed(classifyNetworkError(error)),
    );
  }

  stop(): void {
    this.generation += 1;
    this.stream.stop();
  }
}
