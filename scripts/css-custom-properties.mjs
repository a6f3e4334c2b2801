/**
 * Reads UI5's generated theme parameter modules (`export default \`:host{--a: 1;--b: var(--a)}:dir(rtl){…}\``): flat
 * rules of CSS custom property declarations, minified. Used by `ui5-theme-parameters.mjs`; no import.meta here, so
 * Jest can load it (src/ui5-theme/css-custom-properties.spec.ts).
 */

/**
 * Splits UI5's template literal text into rules of custom property declarations.
 * @returns `[{ selector, declarations: [{ name, text }] }]`, `text` being the declaration as written
 */
export function parseRules(css, file) {
  const rules = [];
  let index = 0;
  while (index < css.length) {
    const open = css.indexOf('{', index);
    if (open < 0) {
      if (css.slice(index).trim()) throw new Error(`${file}: text after the last rule at ${index}`);
      break;
    }
    const selector = css.slice(index, open).trim();
    const { declarations, end } = parseDeclarations(css, open + 1, file);
    rules.push({ selector, declarations });
    index = end + 1;
  }
  return rules;
}

/**
 * Declarations from `start` to the rule's closing `}`; `;` and `}` inside quotes, parentheses or braces (the JSON of
 * `--sapThemeMetaData-*`) belong to the value. A nested rule fails as a declaration that is no custom property.
 */
function parseDeclarations(css, start, file) {
  const declarations = [];
  let depth = 0;
  let quote = null;
  let from = start;
  const push = (to) => {
    const text = css.slice(from, to).trim();
    if (!text) return;
    const name = /^(--[\w-]+)\s*:/.exec(text)?.[1];
    if (!name) throw new Error(`${file}: "${text.slice(0, 60)}" is no custom property declaration`);
    declarations.push({ name, text });
  };
  for (let i = start; i < css.length; i++) {
    const char = css[i];
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = null;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '(' || char === '{') depth++;
    else if ((char === ')' || char === '}') && depth > 0) depth--;
    else if (depth === 0 && (char === ';' || char === '}')) {
      push(i);
      from = i + 1;
      if (char === '}') return { declarations, end: i };
    }
  }
  throw new Error(`${file}: rule opened at ${start - 1} is not closed`);
}

/** The text of UI5's `export default \`…\`` module, as written (escapes kept). */
export function templateText(source, file) {
  const match = /^export default `([^`]*)`;/m.exec(source);
  if (!match) throw new Error(`${file}: no "export default \`…\`" found`);
  return match[1];
}
