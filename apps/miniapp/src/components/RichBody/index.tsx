import { RichText } from '@tarojs/components';
import { useMemo } from 'react';
import { htmlToNodes } from './html-nodes';
import './index.scss';

/** A reply's sanitised HTML, rendered as rich-text nodes (never innerHTML). */
export function RichBody({ html }: { html: string }) {
  const nodes = useMemo(() => htmlToNodes(html), [html]);
  return <RichText className="rich-body" nodes={nodes} selectable userSelect />;
}
