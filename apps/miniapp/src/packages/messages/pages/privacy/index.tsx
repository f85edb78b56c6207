import { Text, View } from '@tarojs/components';
import './index.scss';
import { pageRoot } from '../../../../a11y/page-root';
import { BackBar } from '../../../../components/BackBar';

interface Section {
  title: string;
  items: string[];
}

/** What the message service collects, why, who sees it and for how long (docs/security.md §7; 个人信息保护法 §17). */
const SECTIONS: Section[] = [
  {
    title: '我们收集哪些信息',
    items: [
      '联系人姓名和联系电话：由您填写；如您点击“使用微信绑定手机号”并同意，由微信提供您的手机号。',
      '留言的标题、内容、类型，以及您对答复的评价。',
      '微信身份标识（openid）：用于识别您本人，让您只能查看自己的留言，并在您同意后发送答复通知。它只保存在服务器上，不会显示给任何人。',
      '我们不收集您的位置、通讯录、相册或其他信息。',
    ],
  },
  {
    title: '为什么收集',
    items: [
      '受理、交办和答复您的留言；承办单位需要核实情况时与您联系。',
      '在您同意时，通过微信订阅消息告诉您留言已答复。通知只含受理编号和办理状态，不含姓名、电话。',
      '统计留言办理情况（收到、答复、按期答复、满意度），统计只使用汇总数字。',
    ],
  },
  {
    title: '谁能看到',
    items: [
      '您的姓名和电话：只有承办您留言的单位和政务公开办工作人员可以看到，每次查看完整号码都会留下记录；任何情况下都不会公开。',
      '留言内容和答复：您本人、承办单位和政务公开办可以看到。您选择“同意公开”时，留言和答复会在留言板公开，姓名显示为“张*”这样的形式，正文中的电话号码和身份证号会被遮盖。',
      '我们不会向其他单位或个人出售、提供您的信息，法律法规另有规定的除外。',
    ],
  },
  {
    title: '保存多久',
    items: ['姓名和电话加密保存。留言办结并超过规定的保存期限后，姓名和电话会被匿名化处理。', '留言内容、答复和办理记录作为政务服务档案，按有关规定保存。'],
  },
  {
    title: '您的权利',
    items: ['您可以在“我的”中随时查看自己的留言、办理进度和答复。', '如需查询、更正您的个人信息，或对个人信息处理有疑问，请联系政务公开办。'],
  },
];

export default function PrivacyPage() {
  return (
    <View {...pageRoot('privacy')}>
      <BackBar />
      <View className="card">
        <Text className="privacy__lead">
          为民留言服务由本市政务公开办提供。为办理您的咨询、建议和投诉，我们需要收集少量个人信息。以下说明收集什么、为什么收集、谁能看到、保存多久。
        </Text>
      </View>
      {SECTIONS.map((section) => (
        <View key={section.title} className="card">
          <View className="section-title">{section.title}</View>
          {section.items.map((item) => (
            <View key={item} className="privacy__item">
              <Text className="privacy__bullet">•</Text>
              <Text className="privacy__text">{item}</Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}
