import { parseWxacodeScene, WXACODE_ENTRY_PAGE, wxacodeScene, wxacodeTargetUrl } from '@weimin/contracts';
import { assertCodeAllowed, wxacodeFileName, wxacodeRequest } from './wxacode-rules';

describe('小程序码 scenes', () => {
  it.each([
    ['interpretation', 123, 'i=123', '/packages/policy/pages/detail/index?id=123'],
    ['unit', 20, 'u=20', '/packages/units/pages/detail/index?id=20'],
    ['notice', 45, 'n=45', '/packages/units/pages/notice/index?id=45'],
  ] as const)('a %s code carries a short scene that leads back to it', (kind, id, scene, url) => {
    expect(wxacodeScene(kind, id)).toBe(scene);
    expect(wxacodeRequest(kind, id)).toEqual({ scene, page: WXACODE_ENTRY_PAGE });
    // WeChat hands the page the scene URL-encoded.
    expect(parseWxacodeScene(encodeURIComponent(scene))).toEqual({ kind, id });
    expect(parseWxacodeScene(scene)).toEqual({ kind, id });
    expect(wxacodeTargetUrl(encodeURIComponent(scene))).toBe(url);
  });

  it('stays within WeChat’s 32 characters for the largest id', () => {
    expect(wxacodeScene('interpretation', 2_147_483_647).length).toBeLessThanOrEqual(32);
    expect(parseWxacodeScene('i=2147483647')).toEqual({ kind: 'interpretation', id: 2_147_483_647 });
  });

  it.each([undefined, null, '', 'i=', 'i=0', 'i=012', 'x=1', 'i=1&u=2', 'i=2147483648', 'i=99999999999', '%E0%A4%A', 'i%3D1%3D2', ' i=1'])(
    'reads %p as no item',
    (scene) => {
      expect(parseWxacodeScene(scene)).toBeNull();
      expect(wxacodeTargetUrl(scene)).toBeNull();
    },
  );
});

describe('which items get a code', () => {
  it('only public ones: a missing item is not found, a draft or withdrawn one is refused', () => {
    expect(() => assertCodeAllowed('notice', 'public')).not.toThrow();
    expect(() => assertCodeAllowed('notice', 'missing')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => assertCodeAllowed('interpretation', 'not_public')).toThrow(expect.objectContaining({ code: 'WXACODE_NOT_PUBLISHED' }));
  });

  it('names the file by kind and id', () => {
    expect(wxacodeFileName('unit', 7)).toBe('wxacode-unit-7.png');
  });
});
