import Taro, { useRouter } from '@tarojs/taro';
import { wxacodeTargetUrl } from '@weimin/contracts';
import { useEffect } from 'react';

/**
 * A 小程序码 (issue 16) opens the home page with `scene` (e.g. `i%3D123`): go on to the interpretation, unit or notice it
 * names. The home page stays beneath, so 返回 lands on it. A scene that names nothing leaves the home page as it is.
 */
export function useWxacodeScene(): void {
  const { params } = useRouter();
  const scene = params.scene;
  useEffect(() => {
    const url = wxacodeTargetUrl(scene);
    if (url) void Taro.navigateTo({ url });
  }, [scene]);
}
