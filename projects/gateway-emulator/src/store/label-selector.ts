/**
 * Kubernetes label selector strings (`labelselector` argument, docs/platform.md §4.3):
 * `a=b`, `a==b`, `a!=b`, `a`, `!a`, `a in (x,y)`, `a notin (x,y)`, joined by commas.
 */
export type LabelMatcher = (labels: Record<string, string> | undefined) => boolean;

/** Parses a selector; throws `Error("unable to parse requirement: …")` on malformed input. Empty = match all. */
export function parseLabelSelector(selector: string | undefined | null): LabelMatcher {
  if (!selector || selector.trim() === '') return () => true;
  const requirements = splitTopLevel(selector).map(parseRequirement);
  return (labels) => requirements.every((req) => req(labels ?? {}));
}

function splitTopLevel(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of selector) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += c;
  }
  parts.push(current.trim());
  return parts.filter((p) => p !== '');
}

function parseRequirement(text: string): (labels: Record<string, string>) => boolean {
  const set = /^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(text);
  if (set) {
    const values = set[3].split(',').map((v) => v.trim());
    return set[2] === 'in' ? (l) => values.includes(l[set[1]]) : (l) => !(set[1] in l) || !values.includes(l[set[1]]);
  }
  const eq = /^([\w./-]+)\s*(==|=|!=)\s*([\w./-]*)$/.exec(text);
  if (eq) return eq[2] === '!=' ? (l) => l[eq[1]] !== eq[3] : (l) => l[eq[1]] === eq[3];
  const exists = /^(!?)([\w./-]+)$/.exec(text);
  if (exists) return exists[1] === '!' ? (l) => !(exists[2] in l) : (l) => exists[2] in l;
  throw new Error(`unable to parse requirement: found '${text}', expected a label selector requirement`);
}
