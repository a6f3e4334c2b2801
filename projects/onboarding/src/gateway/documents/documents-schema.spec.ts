import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validate, type DocumentNode } from 'graphql';
// Contract check against the local gateway emulator's schema, generated from the same CRDs by the gateway's naming
// rules (docs/platform.md §2.1/§4.2). Test-only import; the library itself does not depend on the emulator.
import { loadResourceDefinitions } from '../../../../gateway-emulator/src/crd/resource-definition';
import { buildGatewaySchema } from '../../../../gateway-emulator/src/schema/gateway-schema';
import { parseCatalog } from '../../catalog/parse-catalog';
import {
  APIBindingsSubscription,
  CreateAPIBindingMutation,
  DeleteAPIBindingMutation,
  UpdateAPIBindingClaimsMutation,
} from './api-binding-documents';
import { ManagedControlPlanesSubscription } from './control-plane-documents';
import { overviewStateDocument } from './overview-state-document';
import { withDryRun } from './dry-run-documents';
import { toolDocuments } from './tool-documents';

const catalog = parseCatalog(JSON.parse(readFileSync(join(__dirname, '../../../../../assets/catalog.json'), 'utf8')));
const schema = buildGatewaySchema(loadResourceDefinitions());

const documents: [string, DocumentNode][] = [
  ['CreateAPIBinding', CreateAPIBindingMutation],
  ['UpdateAPIBindingClaims', UpdateAPIBindingClaimsMutation],
  ['DeleteAPIBinding', DeleteAPIBindingMutation],
  ['WatchAPIBindings', APIBindingsSubscription],
  ['WatchManagedControlPlanes', ManagedControlPlanesSubscription],
  ['OverviewState', overviewStateDocument(catalog.tools)],
  ...catalog.tools.flatMap((tool) =>
    Object.entries(toolDocuments(tool)).map(([key, document]) => [`${tool.id} ${key}`, document] as [string, DocumentNode]),
  ),
  // The dry-run forms of the writes the pages check (docs/onboarding-ui.md §11).
  ['CreateAPIBinding dry run', withDryRun(CreateAPIBindingMutation)],
  ['UpdateAPIBindingClaims dry run', withDryRun(UpdateAPIBindingClaimsMutation)],
  ...catalog.tools.flatMap((tool) => [
    [`${tool.id} create dry run`, withDryRun(toolDocuments(tool).create)] as [string, DocumentNode],
    [`${tool.id} update dry run`, withDryRun(toolDocuments(tool).update)] as [string, DocumentNode],
  ]),
];

describe('documents against the gateway schema generated from the CRDs', () => {
  it.each(documents)('%s validates', (_name, document) => {
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
  });
});
