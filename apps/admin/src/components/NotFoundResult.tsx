import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';

/** A 404 inside the console: what is missing, why it may be, and the way back to the 工作台. */
export function NotFoundResult({ title, subTitle }: { title: string; subTitle: string }) {
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={title}
      subTitle={subTitle}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          返回工作台
        </Button>
      }
    />
  );
}
