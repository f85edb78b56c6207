import sharp from 'sharp';
import { formatByMagic, polyglotReason, reencodeImage } from './image-file';

const jpeg = () =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: '#c00' } })
    .jpeg()
    .toBuffer();
const png = () =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: '#0c0' } })
    .png()
    .toBuffer();
const webp = () =>
  sharp({ create: { width: 8, height: 8, channels: 3, background: '#00c' } })
    .webp()
    .toBuffer();

describe('formatByMagic', () => {
  it('reads the format from the first bytes only', async () => {
    expect(formatByMagic(await jpeg())).toBe('jpeg');
    expect(formatByMagic(await png())).toBe('png');
    expect(formatByMagic(await webp())).toBeNull();
    expect(formatByMagic(Buffer.from('GIF89a'))).toBeNull();
    expect(formatByMagic(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(formatByMagic(Buffer.alloc(0))).toBeNull();
  });
});

describe('polyglotReason', () => {
  it('lets plain images through, zero padding after a JPEG too', async () => {
    expect(polyglotReason(await jpeg(), 'jpeg')).toBeNull();
    expect(polyglotReason(Buffer.concat([await jpeg(), Buffer.alloc(16)]), 'jpeg')).toBeNull();
    expect(polyglotReason(await png(), 'png')).toBeNull();
  });

  it.each([
    ['jpeg', jpeg, 'PK\u0003\u0004'],
    ['png', png, '<?php system($_GET[1]); ?>'],
  ] as const)('finds data after the end of a %s', async (format, make, tail) => {
    expect(polyglotReason(Buffer.concat([await make(), Buffer.from(tail)]), format)).toMatch(/after the end/);
  });

  it('finds markup or script inside the image', async () => {
    const withXmp = await sharp(await jpeg())
      .withXmp('<x:xmpmeta><script>alert(1)</script></x:xmpmeta>')
      .toBuffer();
    expect(polyglotReason(withXmp, 'jpeg')).toMatch(/markup or script/);
    const plainXmp = await sharp(await jpeg())
      .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"></x:xmpmeta>')
      .toBuffer();
    expect(polyglotReason(plainXmp, 'jpeg')).toBeNull();
  });
});

describe('reencodeImage', () => {
  it('refuses what is not one of the two formats, and what claims one format but is another', async () => {
    expect(await reencodeImage(Buffer.from('hello'))).toEqual({ kind: 'not_an_image' });
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#000' } })
      .gif()
      .toBuffer();
    expect(await reencodeImage(gif)).toEqual({ kind: 'not_an_image' });
    const fakeJpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), await png()]);
    expect(await reencodeImage(fakeJpeg)).toMatchObject({ kind: expect.stringMatching(/not_an_image|suspicious/) });
  });

  it('scales a large picture down to 2560 on its longer side', async () => {
    const big = await sharp({ create: { width: 3000, height: 1000, channels: 3, background: '#888' } })
      .png()
      .toBuffer();
    expect(await reencodeImage(big)).toMatchObject({ width: 2560, height: 853 });
  });
});
