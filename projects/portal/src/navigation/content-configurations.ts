/**
 * The ContentConfigurations of an account workspace as the portal reads them (docs/platform.md §6.1): listed through
 * the gateway with the user's token and the label `ui.platform-mesh.io/entity=core_platform-mesh_io_account`; only
 * those the portal's validator marked `Ready=True` count, and their content is `status.configurationResult` (the
 * validated, normalised document). Pure TypeScript: bundled into the portal page and unit-tested in Jest.
 */
import type { ContentDocument } from '../content/content-document';

/** Label selector of the configurations the portal serves for an account (docs/platform.md §6.1). */
export const ACCOUNT_CONTENT_SELECTOR = 'ui.platform-mesh.io/entity=core_platform-mesh_io_account';

/** List query of ContentConfigurations; the selector travels as the variable `$selector`. */
export const CONTENT_CONFIGURATIONS_QUERY = `query AccountContentConfigurations($selector: String) {
  ui_platform_mesh_io {
    v1alpha1 {
      ContentConfigurations(labelselector: $selector) {
        items {
          metadata { name }
          status { configurationResult conditions { type status reason message } }
        }
      }
    }
  }
}`;

/** One listed ContentConfiguration, as the query above selects it. */
export interface ListedContentConfiguration {
  metadata: { name: string };
  status?: {
    configurationResult?: string | null;
    conditions?: Array<{ type: string; status: string; reason?: string | null; message?: string | null }> | null;
  } | null;
}

/** The GraphQL answer of {@link CONTENT_CONFIGURATIONS_QUERY} (`data` may be null next to `errors`, docs/platform.md §4.7). */
export interface ContentConfigurationsAnswer {
  data?: { ui_platform_mesh_io?: { v1alpha1?: { ContentConfigurations?: { items: ListedContentConfiguration[] } } | null } | null } | null;
  errors?: Array<{ message: string }>;
}

/** Documents to add to the navigation, and one sentence per configuration that could not be used. */
export interface AccountContent {
  documents: ContentDocument[];
  problems: string[];
}

/**
 * Reads the list answer: documents of the `Ready=True` configurations in name order (the gateway sorts by
 * `metadata.name`); configurations not yet Ready are left out silently (the portal does not serve them either);
 * a Ready one whose result is not a content document becomes a problem naming it.
 * @throws Error with the gateway's messages when the answer carries errors and no list
 */
export function accountContent(answer: ContentConfigurationsAnswer): AccountContent {
  const list = answer.data?.ui_platform_mesh_io?.v1alpha1?.ContentConfigurations;
  if (!list) {
    const reasons = answer.errors?.map((error) => error.message).join('; ') || 'the answer has no ContentConfigurations list';
    throw new Error(`listing ContentConfigurations failed: ${reasons}`);
  }
  const documents: ContentDocument[] = [];
  const problems: string[] = [];
  for (const item of list.items) {
    const ready = item.status?.conditions?.some((condition) => condition.type === 'Ready' && condition.status === 'True');
    if (!ready) continue;
    const parsed = parseDocument(item.status?.configurationResult);
    if (typeof parsed === 'string') problems.push(`ContentConfiguration ${item.metadata.name}: ${parsed}`);
    else documents.push(parsed);
  }
  return { documents, problems };
}

/** The content document in a configuration result, or the reason it is not one. */
function parseDocument(result: string | null | undefined): ContentDocument | string {
  if (!result) return 'Ready but status.configurationResult is empty';
  let value: unknown;
  try {
    value = JSON.parse(result);
  } catch (error) {
    return `status.configurationResult is not JSON (${(error as Error).message})`;
  }
  const nodes = (value as Partial<ContentDocument> | null)?.luigiConfigFragment?.data?.nodes;
  return Array.isArray(nodes) ? (value as ContentDocument) : 'status.configurationResult has no luigiConfigFragment.data.nodes';
}
