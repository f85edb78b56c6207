import { RichText, Text, View } from '@tarojs/components';
import { useMemo } from 'react';
import { copyText } from '../../services/clipboard';
import { Tappable } from '../Tappable';
import { htmlToNodes, linksIn } from './html-nodes';
import './index.scss';

/**
 * A reply's sanitised HTML, rendered as rich-text nodes (never innerHTML). WeChat's rich-text cannot open a link, so
 * in the mini-program the body's links are listed under it, each copied on a tap; a browser opens them itself.
 */
export function RichBody({ html }: { html: string }) {
  const nodes = useMemo(() => htmlToNodes(html), [html]);
  const links = useMemo(() => (process.env.TARO_ENV === 'weapp' ? linksIn(nodes) : []), [nodes]);
  return (
    <View className="rich-body-box">
      <RichText className="rich-body" nodes={nodes} selectable userSelect />
      {links.length > 0 && (
        <View className="rich-body__links">
          <Text className="rich-body__links-title">文中链接（点击复制，在浏览器中打开）</Text>
          {links.map((link) => (
            <Tappable
              key={link.href}
              className="rich-body__link"
              hoverClass="rich-body__link--active"
              label={`复制链接 ${link.text || link.href}`}
              onTap={() => void copyText(link.href, '链接')}
            >
              {link.text && link.text !== link.href && <Text className="rich-body__link-text">{link.text}</Text>}
              <Text className="rich-body__link-href">{link.href}</Text>
            </Tappable>
          ))}
        </View>
      )}
    </View>
  );
}
