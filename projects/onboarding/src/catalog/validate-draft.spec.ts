import { buildComponentsTool, buildProvidersTool, buildTool } from '../../testing/tool-builders';
import { validateDraft } from './validate-draft';

describe('validateDraft', () => {
  it('accepts an offered configuration', () => {
    expect(
      validateDraft(buildProvidersTool(), { version: 'v1.20.1', providers: [{ name: 'provider-kubernetes', version: 'v0.16.0' }] }),
    ).toEqual([]);
  });

  it.each([
    ['missing version', buildTool(), { version: '' }, [{ field: 'version', code: 'required' }]],
    [
      'version without v is not offered',
      buildTool(),
      { version: '0.9.3' },
      [{ field: 'version', code: 'unknown-version', value: '0.9.3' }],
    ],
    [
      'provider version not offered',
      buildProvidersTool(),
      { version: 'v2.0.2', providers: [{ name: 'provider-kubernetes', version: 'v9.0.0' }] },
      [{ field: 'providers', index: 0, code: 'provider-version-not-offered', value: 'v9.0.0' }],
    ],
    [
      'unknown provider',
      buildProvidersTool(),
      { version: 'v2.0.2', providers: [{ name: 'provider-aws', version: 'v1.0.0' }] },
      [{ field: 'providers', index: 0, code: 'unknown-provider', value: 'provider-aws' }],
    ],
    [
      'duplicate provider',
      buildProvidersTool(),
      {
        version: 'v2.0.2',
        providers: [
          { name: 'provider-kubernetes', version: 'v0.15.0' },
          { name: 'provider-kubernetes', version: 'v0.16.0' },
        ],
      },
      [{ field: 'providers', index: 1, code: 'duplicate-provider', value: 'provider-kubernetes' }],
    ],
    [
      'provider without a name',
      buildProvidersTool(),
      { version: 'v2.0.2', providers: [{ name: '', version: '' }] },
      [{ field: 'providers', index: 0, code: 'required' }],
    ],
    [
      'unknown component',
      buildComponentsTool(),
      { version: 'v2.4.0', components: ['source-controller', 'image-reflector-controller'] },
      [{ field: 'components', index: 1, code: 'unknown-component', value: 'image-reflector-controller' }],
    ],
  ] as const)('%s', (_name, tool, draft, expected) => {
    expect(validateDraft(tool, draft)).toEqual(expected);
  });

  it('ignores extension fields the tool does not have', () => {
    expect(validateDraft(buildTool(), { version: 'v0.8.5', components: ['anything'] })).toEqual([]);
  });
});
