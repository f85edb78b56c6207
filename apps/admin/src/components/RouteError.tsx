import { Button, Result } from 'antd';

/**
 * Shown when rendering a route throws, most often because a lazily loaded page chunk is gone after a new release
 * (index.html is never cached, the hashed chunks are): reloading fetches the current build.
 */
export function RouteError() {
  return (
    <Result
      status="error"
      title="页面加载失败"
      subTitle="工作台可能已更新，请刷新页面后重试。"
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          刷新页面
        </Button>
      }
    />
  );
}
