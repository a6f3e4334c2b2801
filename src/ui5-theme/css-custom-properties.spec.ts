import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parseRules, templateText } from '../../scripts/css-custom-properties.mjs';

const names = (css: string) => parseRules(css, 'test.css.js').map((rule) => [rule.selector, rule.declarations.map((d) => d.name)]);

describe('reading UI5 theme parameter modules', () => {
  it('splits flat rules into custom property declarations, kept as written', () => {
    const rules = parseRules(':host{--a: 1px;--b: var(--a)}:dir(rtl){--c: scale(-1, 1)}', 'test.css.js');
    expect(rules).toEqual([
      {
        selector: ':host',
        declarations: [
          { name: '--a', text: '--a: 1px' },
          { name: '--b', text: '--b: var(--a)' },
        ],
      },
      { selector: ':dir(rtl)', declarations: [{ name: '--c', text: '--c: scale(-1, 1)' }] },
    ]);
  });

  it('keeps ; and } inside quotes, parentheses and JSON values in the value', () => {
    const css = ':root{--meta:{"Path": "a;b", "Engine":{"Version": "1"}};--url: url("data:image/svg+xml;base64,AA}");--font: "72;x", sans}';
    expect(names(css)).toEqual([[':root', ['--meta', '--url', '--font']]]);
    expect(parseRules(css, 'test.css.js')[0].declarations[1].text).toBe('--url: url("data:image/svg+xml;base64,AA}")');
  });

  it('throws on anything else instead of dropping it: nested rules, plain properties, unclosed rules', () => {
    expect(() => parseRules(':host{.x{--a: 1}}', 'nested.css.js')).toThrow(/nested\.css\.js: ".x\{--a: 1\}" is no custom property/);
    expect(() => parseRules(':host{color: red}', 'plain.css.js')).toThrow(/"color: red" is no custom property/);
    expect(() => parseRules(':host{--a: 1', 'open.css.js')).toThrow(/open\.css\.js: rule opened at 5 is not closed/);
  });

  it('reads the template literal of the module without evaluating escapes', () => {
    expect(templateText('"use strict";\nexport default `:host{--a: "\\\\e000"}`;\n', 'm.js')).toBe(':host{--a: "\\\\e000"}');
    expect(() => templateText('export default ":host{}";', 'm.js')).toThrow(/m\.js: no "export default `…`"/);
  });
});

describe('src/ui5-theme/*.generated.js', () => {
  it('match what the bundled UI5 components and src styles use, and angular.json swaps each in (the npm prebuild check)', () => {
    // A plain run of the check: it exits 1 (execFileSync throws with its message) while the files are stale.
    const output = execFileSync(process.execPath, ['scripts/ui5-theme-parameters.mjs', '--check'], {
      cwd: join(__dirname, '../..'),
      encoding: 'utf8',
    });
    expect(output).toMatch(/webcomponents-sap_horizon-parameters\.generated\.js: \d+ of \d+ properties/);
    expect(output).toMatch(/webcomponents-theming-sap_horizon-parameters\.generated\.js: \d+ of \d+ properties/);
  });
});
