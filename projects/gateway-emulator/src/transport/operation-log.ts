import { appendFileSync } from 'node:fs';

/** One line of `--log-operations FILE` (JSON Lines). */
export interface OperationLogEntry {
  time: string;
  workspace: string;
  transport: 'json' | 'sse';
  /** The request's operationName, else the name of the (single) operation in the document. */
  operationName: string | null;
  query: string | null;
  variables: unknown;
  status: number;
}

/** Appends every GraphQL request as one JSON line (synchronously, so lines stay whole and ordered). */
export class OperationLog {
  constructor(private readonly file: string) {}

  append(entry: OperationLogEntry): void {
    appendFileSync(this.file, `${JSON.stringify(entry)}\n`);
  }
}
