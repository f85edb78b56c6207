import { DisclosureList } from '../components/DisclosureList';

/** 待转办: applications whose applicant did not know the agency (不确定), for the office to route. */
export default function DisclosureRoutingPage() {
  return <DisclosureList mode="routing" />;
}
