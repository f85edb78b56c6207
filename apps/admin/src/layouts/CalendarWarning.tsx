import { Alert, Button } from 'antd';
import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import { useAccess } from '../access';
import { getCalendarStatus } from '../api/calendar';
import { useApiData } from '../hooks/useApiData';

const SAVED_EVENT = 'weimin:calendar-saved';

/** The 节假日安排 page tells the banner a year was saved, so it asks the BFF again. */
export function notifyCalendarSaved(): void {
  window.dispatchEvent(new Event(SAVED_EVENT));
}

/**
 * The office's warning, on every page, while a year's holidays and 调休 are needed and not entered (next year's from
 * 1 December). The BFF decides, by the date in China; a failed check shows nothing rather than a false alarm.
 */
export function CalendarWarning() {
  const { canManageCalendar } = useAccess();
  const navigate = useNavigate();
  const { data, reload } = useApiData((signal) => getCalendarStatus(signal), []);
  useEffect(() => {
    window.addEventListener(SAVED_EVENT, reload);
    return () => window.removeEventListener(SAVED_EVENT, reload);
  }, [reload]);
  if (!data?.warning) return null;
  return (
    <Alert
      type="warning"
      showIcon
      banner
      role="alert"
      style={{ marginBottom: 16 }}
      message={data.warning}
      action={
        canManageCalendar ? (
          <Button size="small" type="primary" onClick={() => navigate(`/settings/calendar?year=${data.missingYears[0]}`)}>
            去录入
          </Button>
        ) : undefined
      }
    />
  );
}
