import { DisclosureList } from '../components/DisclosureList';

/** 期限提醒: applications due within a week or overdue, soonest first; the office 催办 from each one's page. */
export default function DisclosureDueBoardPage() {
  return <DisclosureList mode="due" />;
}
