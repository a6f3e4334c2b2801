import { User } from '../auth/users';
import { Workspace } from '../workspace';

/** Per-request GraphQL context: the workspace of the URL and the authenticated user. */
export type GatewayContext = {
  workspace: Workspace;
  user: User;
  /** Injected fault (admin API `graphql-error` with `field`): that field's resolver fails with this message. */
  failField?: { field: string; message: string };
};
