import { DisclosureList } from '../components/DisclosureList';

/** 全部申请: every agency's applications, for the office. */
export default function AllDisclosuresPage() {
  return <DisclosureList mode="all" />;
}
