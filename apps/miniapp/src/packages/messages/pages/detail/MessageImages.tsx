import { Image, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { MessageImageView } from '@weimin/contracts';
import { useEffect, useState } from 'react';
import { Tappable } from '../../../../components/Tappable';
import { ownImageSrc } from '../../../../services/messages';

const altOf = (alt: string) => (process.env.TARO_ENV === 'h5' ? { nativeProps: { alt } } : { ariaLabel: alt });

/** The photos the citizen attached: fetched with their sign-in (an image tag cannot send it), enlarged on tap. */
export function MessageImages({ images }: { images: MessageImageView[] }) {
  const [sources, setSources] = useState<Record<number, string>>({});

  useEffect(() => {
    let live = true;
    for (const image of images) {
      ownImageSrc(image.url)
        .then((src) => live && setSources((current) => ({ ...current, [image.id]: src })))
        .catch(() => undefined); // a photo that fails to load stays a blank tile
    }
    return () => {
      live = false;
    };
  }, [images]);

  const loaded = images.map((image) => sources[image.id]).filter((src): src is string => Boolean(src));
  return (
    <View className="detail__images">
      {images.map((image, index) => (
        <Tappable
          key={image.id}
          className="detail__image"
          label={`查看图片${index + 1}`}
          onTap={() => sources[image.id] && void Taro.previewImage({ urls: loaded, current: sources[image.id] })}
        >
          {sources[image.id] && <Image className="detail__image-preview" src={sources[image.id]} mode="aspectFill" {...altOf(`留言图片${index + 1}`)} />}
        </Tappable>
      ))}
    </View>
  );
}
