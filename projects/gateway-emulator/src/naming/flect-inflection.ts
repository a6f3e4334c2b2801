/**
 * The parts of gobuffalo/flect (v1.0.x, `internal/core`) that the kubernetes-graphql-gateway uses for its names:
 * `Pluralize(Kind)` for list fields and `Pascalize(group_version)` for type names (docs/platform.md §4.2, §4.8).
 *
 * Reproduced, not approximated: word splitting (`toParts`, with flect's acronym table deciding where an
 * upper-case run ends), case-sensitive suffix rules applied to the last word, and the dictionary lookups.
 * The dictionary and suffix list below are flect's, trimmed to entries that can end a Kubernetes kind;
 * `flect-inflection.spec.ts` pins the results for every kind we serve plus flect's well-known surprises.
 */

/** flect's `BaseAcronyms`: an upper-case run ends after one of these (`APIBinding` → `API` + `Binding`). */
// prettier-ignore
const BASE_ACRONYMS = new Set([
  'OK', 'UTF8', 'HTML', 'JSON', 'JWT', 'ID', 'UUID', 'SQL', 'ACK', 'ACL', 'ADSL', 'AES', 'ANSI', 'API', 'ARP', 'ATM',
  'BGP', 'BSS', 'CCITT', 'CHAP', 'CIDR', 'CIR', 'CLI', 'CPE', 'CPU', 'CRC', 'CRT', 'CSMA', 'CMOS', 'DCE', 'DEC', 'DES',
  'DHCP', 'DNS', 'DRAM', 'DSL', 'DSLAM', 'DTE', 'DMI', 'EHA', 'EIA', 'EIGRP', 'EOF', 'ESS', 'FCC', 'FCS', 'FDDI', 'FTP',
  'GBIC', 'gbps', 'GEPOF', 'HDLC', 'HTTP', 'HTTPS', 'IANA', 'ICMP', 'IDF', 'IDS', 'IEEE', 'IETF', 'IMAP', 'IP', 'IPS',
  'ISDN', 'ISP', 'kbps', 'LACP', 'LAN', 'LAPB', 'LAPF', 'LLC', 'MAC', 'Mbps', 'MC', 'MDF', 'MIB', 'MoCA', 'MPLS', 'MTU',
  'NAC', 'NAT', 'NBMA', 'NIC', 'NRZ', 'NRZI', 'NVRAM', 'OSI', 'OSPF', 'OUI', 'PAP', 'PAT', 'PC', 'PIM', 'PCM', 'PDU',
  'POP3', 'POTS', 'PPP', 'PPTP', 'PTT', 'PVST', 'RAM', 'RARP', 'RFC', 'RIP', 'RLL', 'ROM', 'RSTP', 'RTP', 'RCP', 'SDLC',
  'SFD', 'SFP', 'SLARP', 'SLIP', 'SMTP', 'SNA', 'SNAP', 'SNMP', 'SOF', 'SRAM', 'SSH', 'SSID', 'STP', 'SYN', 'TDM',
  'TFTP', 'TIA', 'TOFU', 'UDP', 'URL', 'URI', 'USB', 'UTP', 'VC', 'VLAN', 'VLSM', 'VPN', 'W3C', 'WAN', 'WEP', 'WiFi',
  'WPA', 'WWW',
]);

/** flect's dictionary (singular → plural), entries marked `Exact` only match the whole word. */
const DICTIONARY: ReadonlyArray<{ singular: string; plural: string; exact?: boolean; unidirectional?: boolean }> = [
  { singular: 'aircraft', plural: 'aircraft' },
  { singular: 'bison', plural: 'bison' },
  { singular: 'chassis', plural: 'chassis' },
  { singular: 'deer', plural: 'deer' },
  { singular: 'fish', plural: 'fish' },
  { singular: 'moose', plural: 'moose' },
  { singular: 'police', plural: 'police' },
  { singular: 'series', plural: 'series' },
  { singular: 'sheep', plural: 'sheep' },
  { singular: 'species', plural: 'species' },
  { singular: 'child', plural: 'children' },
  { singular: 'ox', plural: 'oxen', exact: true },
  { singular: 'foot', plural: 'feet' },
  { singular: 'goose', plural: 'geese' },
  { singular: 'man', plural: 'men' },
  { singular: 'human', plural: 'humans' },
  { singular: 'mouse', plural: 'mice' },
  { singular: 'tooth', plural: 'teeth' },
  { singular: 'woman', plural: 'women' },
  { singular: 'person', plural: 'people' },
  { singular: 'criterion', plural: 'criteria' },
  { singular: 'phenomenon', plural: 'phenomena' },
  { singular: 'media', plural: 'media' },
  { singular: 'medium', plural: 'media', unidirectional: true },
  { singular: 'quota', plural: 'quotas' },
  { singular: 'index', plural: 'indices' },
  { singular: 'vertex', plural: 'vertices' },
  { singular: 'appendix', plural: 'appendices' },
  { singular: 'axis', plural: 'axes', exact: true },
  { singular: 'crisis', plural: 'crises' },
  { singular: 'thesis', plural: 'theses' },
  { singular: 'base', plural: 'bases' },
  { singular: 'basis', plural: 'bases', unidirectional: true },
  { singular: 'alias', plural: 'aliases', exact: true },
  { singular: 'use', plural: 'uses', exact: true },
  { singular: 'cause', plural: 'causes' },
  { singular: 'house', plural: 'houses' },
  { singular: 'potato', plural: 'potatoes' },
  { singular: 'equipment', plural: 'equipment' },
  { singular: 'information', plural: 'information' },
  { singular: 'news', plural: 'news' },
  { singular: 'money', plural: 'money' },
  { singular: 'hive', plural: 'hives' },
  { singular: 'move', plural: 'moves' },
  { singular: 'movie', plural: 'movies' },
  { singular: 'cookie', plural: 'cookies' },
  { singular: 'agenda', plural: 'agendas' },
  { singular: 'formula', plural: 'formulas' },
  { singular: 'shoe', plural: 'shoes' },
  { singular: 'toe', plural: 'toes', exact: true },
  { singular: 'ID', plural: 'IDs', exact: true },
];

/** flect's `singularToPluralSuffixList`, in priority order (first match wins; matching is case-sensitive). */
// prettier-ignore
const SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ['tive', 'tives'], ['eaf', 'eaves'], ['oaf', 'oaves'], ['afe', 'aves'], ['arf', 'arves'], ['rfe', 'rves'], ['rf', 'rves'],
  ['lf', 'lves'], ['fe', 'ves'], ['ay', 'ays'], ['ey', 'eys'], ['oy', 'oys'], ['quy', 'quies'], ['uy', 'uys'], ['y', 'ies'],
  ['eau', 'eaux'], ['hedron', 'hedra'], ['ium', 'ia'], ['seum', 'seums'], ['eum', 'ea'], ['dum', 'da'], ['trum', 'tra'],
  ['atum', 'ata'], ['ovum', 'ova'], ['trix', 'trices'], ['ysis', 'yses'], ['ouse', 'ouses'], ['us', 'uses'], ['ch', 'ches'],
  ['io', 'ios'], ['sh', 'shes'], ['ss', 'sses'], ['ez', 'ezzes'], ['tz', 'tzes'], ['zz', 'zzes'], ['ano', 'anos'],
  ['lo', 'los'], ['to', 'tos'], ['oo', 'oos'], ['o', 'oes'], ['x', 'xes'], ['S', 'Ses'],
];

interface SuffixRule {
  suffix: string;
  apply: (word: string) => string;
}

/** Rules as flect orders them: per entry first "already plural → keep", then "singular suffix → plural suffix". */
const PLURAL_RULES: SuffixRule[] = [
  ...[...DICTIONARY]
    .reverse()
    .filter((w) => !w.exact)
    .map((w) => [w.plural, w.singular, w.plural] as const),
  ...SUFFIXES.map(([singular, plural]) => [plural, singular, plural] as const),
].flatMap(([keep, singular, plural]) => [
  { suffix: keep, apply: (word: string) => word },
  { suffix: singular, apply: (word: string) => word.slice(0, word.length - singular.length) + plural },
]);

const SINGLE_TO_PLURAL = new Map(DICTIONARY.map((w) => [w.singular, w.plural]));
const PLURAL_TO_SINGLE = new Map(DICTIONARY.filter((w) => !w.unidirectional).map((w) => [w.plural, w.singular]));

const isUpper = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();
const isLetterOrDigit = (c: string): boolean => /[\p{L}\p{N}]/u.test(c);
const SPACES = new Set(['_', ' ', ':', '-', '/']);

function cleanPart(part: string): string {
  let s = part.trim();
  for (const space of SPACES) {
    while (s.startsWith(space)) s = s.slice(1);
    while (s.endsWith(space)) s = s.slice(0, -1);
  }
  return BASE_ACRONYMS.has(s.toUpperCase()) ? s.toUpperCase() : s;
}

/** flect `toParts`: words split at separators, at a lower→upper change and after a known acronym. */
export function toParts(input: string): string[] {
  const s = input.trim();
  if (s === '') return [];
  if (BASE_ACRONYMS.has(s.toUpperCase())) return [s.toUpperCase()];
  const parts: string[] = [];
  const push = (x: string) => {
    const cleaned = cleanPart(x);
    if (cleaned !== '') parts.push(cleaned);
  };
  let prev = '';
  let x = '';
  for (const c of s) {
    if (SPACES.has(c) || /\s/.test(c)) {
      push(x);
      x = c;
    } else if (isUpper(c) && !isUpper(prev)) {
      push(x);
      x = c;
    } else if (isUpper(c) && BASE_ACRONYMS.has(x)) {
      push(x);
      x = c;
    } else if (isLetterOrDigit(c) || /\p{P}/u.test(c) || c === '`') {
      x += c;
    } else {
      push(x);
      x = '';
    }
    prev = c;
  }
  push(x);
  return parts;
}

const capitalize = (s: string): string => (s === '' ? s : s[0].toUpperCase() + s.slice(1));

function replaceSuffix(original: string, suffix: string, replacement: string): string {
  return (original.endsWith(suffix) ? original.slice(0, original.length - suffix.length) : original) + replacement;
}

/** flect `Pluralize`: `APIBinding` → `APIBindings`, `KRO` → `KROs`, `Flux` → `Fluxes`, `AccountInfo` → `AccountInfoes`. */
export function pluralize(word: string): string {
  const parts = toParts(word);
  const last = parts[parts.length - 1] ?? '';
  if (last === '') return '';
  const exact = SINGLE_TO_PLURAL.get(word);
  if (exact !== undefined) return exact;
  if (PLURAL_TO_SINGLE.has(word)) return word;
  const lower = last.toLowerCase();
  if (PLURAL_TO_SINGLE.has(lower)) return word;
  const dictionaryPlural = SINGLE_TO_PLURAL.get(lower);
  if (dictionaryPlural !== undefined) {
    return replaceSuffix(word, last, last === capitalize(last) ? capitalize(dictionaryPlural) : dictionaryPlural);
  }
  for (const rule of PLURAL_RULES) {
    if (last.endsWith(rule.suffix)) return replaceSuffix(word, last, rule.apply(last));
  }
  return lower.endsWith('s') ? word : word + 's';
}

/** flect `Camelize`: first word lower-cased, every further word with an upper-case first letter. */
export function camelize(input: string): string {
  return toParts(input)
    .map((part, index) => {
      const chars = [...part].filter(isLetterOrDigit);
      if (index === 0) return chars.join('').toLowerCase();
      return chars.length === 0 ? '' : chars[0].toUpperCase() + chars.slice(1).join('');
    })
    .join('');
}

/** flect `Pascalize`: `apis_kcp_io_v1alpha2` → `ApisKcpIoV1alpha2`. */
export function pascalize(input: string): string {
  return capitalize(camelize(input));
}
