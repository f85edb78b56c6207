import Taro from '@tarojs/taro';
import { usePageRefresh } from './usePageRefresh';

// One mount of a page, without a renderer: the hook runs once, and the page's lifecycle is played through the
// callbacks it registered with Taro.
jest.mock('react', () => ({ useRef: <T>(current: T) => ({ current }) }));
jest.mock('@tarojs/taro', () => {
  const handlers: Record<string, () => void> = {};
  return {
    __esModule: true,
    handlers,
    useDidShow: (handler: () => void) => (handlers.show = handler),
    usePullDownRefresh: (handler: () => void) => (handlers.pull = handler),
    default: { stopPullDownRefresh: jest.fn() },
  };
});

const { handlers } = jest.requireMock<{ handlers: Record<'show' | 'pull', () => void> }>('@tarojs/taro');
const stop = (Taro as unknown as { stopPullDownRefresh: jest.Mock }).stopPullDownRefresh;

/** A refresh that settles when the test says so, counting its calls. */
function deferredRefresh() {
  const settles: Array<() => void> = [];
  const refresh = jest.fn(() => new Promise<void>((settle) => settles.push(settle)));
  return { refresh, settleLast: () => settles[settles.length - 1]() };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => stop.mockClear());

describe('usePageRefresh', () => {
  it('with onShow, refreshes each time the page shows again, but not on the first show (the first load is under way)', () => {
    const { refresh } = deferredRefresh();
    usePageRefresh(refresh, { onShow: true });
    handlers.show();
    expect(refresh).not.toHaveBeenCalled();
    handlers.show();
    handlers.show();
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  it('without onShow, showing the page again refreshes nothing', () => {
    const { refresh } = deferredRefresh();
    usePageRefresh(refresh);
    handlers.show();
    handlers.show();
    expect(refresh).not.toHaveBeenCalled();
  });

  it('refreshes on pull-down and stops the spinner once the refresh has settled, not before', async () => {
    const { refresh, settleLast } = deferredRefresh();
    usePageRefresh(refresh);
    handlers.pull();
    expect(refresh).toHaveBeenCalledTimes(1);
    await tick();
    expect(stop).not.toHaveBeenCalled();
    // useRemote and usePagedList settle their refresh whether the load brought data or an error.
    settleLast();
    await tick();
    expect(stop).toHaveBeenCalledTimes(1);
  });
});
