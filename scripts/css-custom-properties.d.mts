/** Types of `css-custom-properties.mjs` for its spec. */
export interface CustomPropertyRule {
  selector: string;
  /** `text`: the declaration as written, e.g. `--a: var(--b)`. */
  declarations: { name: string; text: string }[];
}
export declare function parseRules(css: string, file: string): CustomPropertyRule[];
export declare function templateText(source: string, file: string): string;
