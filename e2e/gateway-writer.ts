import { APIRequestContext, expect } from '@playwright/test';
import { EMULATOR_URL } from './e2e-env';

/** The admin token of the emulator's token file (projects/gateway-emulator/tokens.json). */
const ADMIN_TOKEN = 'local-admin-token';

const CREATE_BINDING = /* GraphQL */ `
  mutation E2eCreateAPIBinding($name: String!) {
    apis_kcp_io { v1alpha2 { createAPIBinding(object: { metadata: { name: $name }, spec: { reference: { export: { name: $name } } } }) { metadata { name } } } }
  }
`;
const CREATE_KRO = /* GraphQL */ `
  mutation E2eCreateKRO($version: String!) {
    kro_services_opencp_cloud { v1alpha1 { createKRO(object: { metadata: { name: "default" }, spec: { version: $version } }) { metadata { name } } } }
  }
`;

/**
 * Puts a workspace into a given state through the emulator's GraphQL endpoint (as another client of the same
 * workspace would), so specs can start from "activated" or "ready" without clicking through the flow.
 */
export class GatewayWriter {
  constructor(
    private readonly request: APIRequestContext,
    private readonly workspace: string,
  ) {}

  /** Creates the APIBinding `<tool>.services.opencp.cloud` (activate, platform-contract §3.4). */
  async createBinding(toolId: string): Promise<void> {
    await this.mutate(CREATE_BINDING, { name: `${toolId}.services.opencp.cloud` });
  }

  /** Creates KRO `default` with a version (configure, platform-contract §4.3). */
  async createKro(version: string): Promise<void> {
    await this.mutate(CREATE_KRO, { version });
  }

  private async mutate(query: string, variables: Record<string, unknown>): Promise<void> {
    const answer = await this.request.post(`${EMULATOR_URL}/api/clusters/${this.workspace}/graphql`, {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      data: { query, variables },
    });
    const body = (await answer.json()) as { errors?: { message: string }[] };
    expect(body.errors ?? [], `mutation with ${JSON.stringify(variables)}`).toEqual([]);
  }
}
