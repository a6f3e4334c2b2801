import { existsSync, readFileSync } from 'node:fs';
import { OPERATION_LOG } from './e2e-env';
import type { OperationLogEntry } from '../projects/gateway-emulator/src/transport/operation-log';

/** One line of the emulator's operation log (`--log-operations`): what a client sent and how it was answered. */
type LoggedOperation = OperationLogEntry;

/**
 * Reads the emulator's operation log from a mark on, so a spec can count what the UI sent during one step
 * (e.g. exactly one CreateAPIBinding for a double click).
 */
export class OperationLog {
  private readonly start = readLines().length;

  /** Operations logged since this object was created, optionally of one operation name. */
  since(operationName?: string): LoggedOperation[] {
    const operations = readLines()
      .slice(this.start)
      .map((line) => JSON.parse(line) as LoggedOperation);
    return operationName ? operations.filter((operation) => operation.operationName === operationName) : operations;
  }
}

function readLines(): string[] {
  if (!existsSync(OPERATION_LOG)) return [];
  return readFileSync(OPERATION_LOG, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
}
