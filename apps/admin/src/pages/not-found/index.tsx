import { NotFoundResult } from '../../components/NotFoundResult';

export default function NotFoundPage() {
  return <NotFoundResult title="页面不存在" subTitle="您访问的页面不存在或已移动。" />;
}
