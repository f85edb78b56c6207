import { httpsHostOf, isSitePath, mediaSourceProblem, normalisedHosts } from './media-sources';

describe('media sources', () => {
  const hosts = ['media.linxi.example.cn'];

  it('allows an https URL on a listed host', () => {
    expect(mediaSourceProblem('https://media.linxi.example.cn/a.mp4', hosts, false)).toBeNull();
    expect(mediaSourceProblem('https://MEDIA.linxi.example.cn/a.mp4', hosts, false)).toBeNull();
  });

  it('refuses another host, a look-alike host, http and credentials', () => {
    expect(mediaSourceProblem('https://cdn.example.com/a.mp4', hosts, false)).toBe('host_not_allowed');
    expect(mediaSourceProblem('https://media.linxi.example.cn.evil.com/a.mp4', hosts, false)).toBe('host_not_allowed');
    expect(mediaSourceProblem('http://media.linxi.example.cn/a.mp4', hosts, false)).toBe('not_https');
    expect(mediaSourceProblem('https://u:p@media.linxi.example.cn/a.mp4', hosts, false)).toBe('not_https');
    expect(mediaSourceProblem('javascript:alert(1)', hosts, false)).toBe('not_https');
  });

  it('allows a path of this server only where asked (pictures), never a protocol-relative one or ..', () => {
    expect(mediaSourceProblem('/h5/media/birth.png', [], true)).toBeNull();
    expect(mediaSourceProblem('/h5/media/birth.png', [], false)).toBe('not_https');
    expect(isSitePath('//evil.com/a.png')).toBe(false);
    expect(isSitePath('/\\evil.com/a.png')).toBe(false);
    expect(isSitePath('/h5/../api/x')).toBe(false);
    expect(isSitePath('/h5/a b.png')).toBe(false);
  });

  it('reads the host of https URLs only', () => {
    expect(httpsHostOf('https://Media.Example.cn:8443/x')).toBe('media.example.cn');
    expect(httpsHostOf('ftp://media.example.cn/x')).toBeNull();
    expect(httpsHostOf('not a url')).toBeNull();
  });

  it('keeps each host once, trimmed and in lower case', () => {
    expect(normalisedHosts([' A.example.cn ', 'a.example.cn', '', 'b.example.cn'])).toEqual(['a.example.cn', 'b.example.cn']);
  });
});
