import type { PageEntry } from '../component-mount';
import { FIXED_TOOL_ID } from './fixed-tool-id';
import { ToolPage } from './tool-page';

/**
 * The tool page's chunk (the page with its step panels), imported by `main.ts` when the first tool page element is
 * constructed. A tag of one tool gets that tool's id through `FIXED_TOOL_ID`; the generic tag reads `context.toolId`.
 */
export const page: PageEntry = {
  component: ToolPage,
  providers: (kind) => (kind.kind === 'tool-page' && kind.toolId ? [{ provide: FIXED_TOOL_ID, useValue: kind.toolId }] : []),
};
