import type { ToolDefinition } from '../catalog/tool-definition';
import type { ConfigureDraft } from '../flow/onboarding-state';
import { ENABLEMENT_NAME } from '../gateway/documents/tool-documents';
import type { EnablementSpec } from '../platform/resources';
import { enablementSpec } from './enablement-spec';

/** The enablement object exactly as the configure step creates it. */
export interface EnablementObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { readonly name: string };
  readonly spec: EnablementSpec;
}

/** The object `configure` will create: `<group>/<version>`, the kind, `metadata.name` (default `default`) and the spec. */
export function enablementObject(tool: ToolDefinition, draft: ConfigureDraft, name = ENABLEMENT_NAME): EnablementObject {
  const { group, version, kind } = tool.resource;
  return { apiVersion: `${group}/${version}`, kind, metadata: { name }, spec: enablementSpec(tool, draft) };
}
