import { DisclosureList } from '../components/DisclosureList';

/** 本单位申请: the applications the caller's agency handles (the BFF shows an agency nothing else). */
export default function MyAgencyDisclosuresPage() {
  return <DisclosureList mode="mine" />;
}
