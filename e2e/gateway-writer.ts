import { APIRequestContext, expect } from '@playwright/test';
import { EMULATOR_URL } from './e2e-env';

/** The admin token of the emulator's token file (projects/gateway-emulator/tokens.json). */
const ADMIN_TOKEN = 'local-admin-token';

const CREATE_BINDING = /* GraphQL */ `
  mutation E2eCreateAPIBinding($name: String!) {
    apis_kcp_io {
      v1alpha2 {
        createAPIBinding(object: { metadata: { name: $name }, spec: { reference: { export: { name: $name } } } }) {
          metadata {
            name
          }
        }
      }
    }
  }
`;
const CREATE_BINDING_WITH_CLAIMS = /* GraphQL */ `
  mutation E2eCreateAPIBindingWithClaims($name: String!, $claims: [ApisKcpIoV1alpha2APIBindingSpecPermissionClaims_Input]) {
    apis_kcp_io {
      v1alpha2 {
        createAPIBinding(
          object: { metadata: { name: $name }, spec: { reference: { export: { name: $name } }, permissionClaims: $claims } }
        ) {
          metadata {
            name
          }
        }
      }
    }
  }
`;
const CREATE_CROSSPLANE = /* GraphQL */ `
  mutation E2eCreateCrossplane($version: String!, $providers: [CrossplaneServicesOpencpCloudV1alpha1CrossplaneSpecProviders_Input]) {
    crossplane_services_opencp_cloud {
      v1alpha1 {
        createCrossplane(object: { metadata: { name: "default" }, spec: { version: $version, providers: $providers } }) {
          metadata {
            name
          }
        }
      }
    }
  }
`;
const CREATE_KRO = /* GraphQL */ `
  mutation E2eCreateKRO($version: String!) {
    kro_services_opencp_cloud {
      v1alpha1 {
        createKRO(object: { metadata: { name: "default" }, spec: { version: $version } }) {
          metadata {
            name
          }
        }
      }
    }
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

  /** Creates the APIBinding `<tool>.services.opencp.cloud` (activate, docs/platform.md §3.4). */
  async createBinding(toolId: string): Promise<void> {
    await this.mutate(CREATE_BINDING, { name: `${toolId}.services.opencp.cloud` });
  }

  /**
   * Creates the APIBinding with every claim of `claims` accepted (as the page's Accept would, docs/platform.md §3.3),
   * so a tool whose export claims resources starts at its configure step.
   */
  async createBindingWithAcceptedClaims(toolId: string, claims: { group: string; resource: string; verbs: string[] }[]): Promise<void> {
    const accepted = claims.map((claim) => ({ ...claim, identityHash: '', state: 'Accepted', selector: { matchAll: true } }));
    await this.mutate(CREATE_BINDING_WITH_CLAIMS, { name: `${toolId}.services.opencp.cloud`, claims: accepted });
  }

  /** Creates Crossplane `default` with a version and providers (configure, docs/platform.md §4.3). */
  async createCrossplane(version: string, providers: { name: string; version: string }[]): Promise<void> {
    await this.mutate(CREATE_CROSSPLANE, { version, providers });
  }

  /** Creates KRO `default` with a version (configure, docs/platform.md §4.3). */
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
