import type { PageEntry } from '../component-mount';
import { ToolsOverview } from './tools-overview';

/** The overview's chunk, imported by `main.ts` when the first overview element is constructed. */
export const page: PageEntry = { component: ToolsOverview, providers: () => [] };
