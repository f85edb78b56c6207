import type {
  InterviewEventView,
  InterviewSummary,
  InterviewView,
  MyInterviewQuestionSummary,
  MyInterviewQuestionView,
  StaffInterviewQuestionView,
  TranscriptEntryView,
} from '@weimin/contracts';
import type { InterviewEntry } from './interview-entry.entity';
import type { InterviewEvent } from './interview-event.entity';
import type { InterviewQuestion } from './interview-question.entity';
import { acceptsQuestions } from './interview-transitions';
import type { Interview } from './interview.entity';

export function toInterviewSummary(item: Interview, guestAgencyName: string): InterviewSummary {
  return {
    id: item.id,
    title: item.title,
    status: item.status,
    guestAgencyId: item.guestAgencyId,
    guestAgencyName,
    guestName: item.guestName,
    guestTitle: item.guestTitle,
    hostName: item.hostName,
    startsAt: item.startsAt.toISOString(),
    endsAt: item.endsAt.toISOString(),
  };
}

export function toInterviewView(item: Interview, guestAgencyName: string): InterviewView {
  return {
    ...toInterviewSummary(item, guestAgencyName),
    summary: item.summary,
    videoUrl: item.videoUrl,
    endedAt: item.endedAt?.toISOString() ?? null,
    acceptingQuestions: acceptsQuestions(item.status),
  };
}

/** Entries are stored in their public form (scrubbed and masked when published): nothing more to hide here. */
export function toEntryView(entry: InterviewEntry): TranscriptEntryView {
  return { seq: entry.seq, kind: entry.kind, question: entry.question, askerName: entry.askerName, text: entry.text, at: entry.at.toISOString() };
}

export function toEventView(event: InterviewEvent, actorName: string | null): InterviewEventView {
  return {
    at: event.at.toISOString(),
    action: event.action,
    actorName,
    actorRole: event.actorRole,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    note: event.note,
  };
}

export function toMyQuestionView(question: InterviewQuestion): MyInterviewQuestionView {
  return {
    id: question.id,
    interviewId: question.interviewId,
    content: question.content,
    status: question.status,
    visibility: question.visibility,
    answeredSeq: question.answeredSeq,
    messageId: question.messageId,
    askedAt: question.askedAt.toISOString(),
  };
}

/** A row of 我的提问: the question with its interview's title and state, and the answer the guest gave live. */
export function toMyQuestionSummary(
  question: InterviewQuestion,
  interview: Pick<Interview, 'title' | 'status'>,
  answer: string | null,
): MyInterviewQuestionSummary {
  return { ...toMyQuestionView(question), interviewTitle: interview.title, interviewStatus: interview.status, answer };
}

/** The console sees the question and the masked name; the contact travels only with the follow-up message. */
export function toStaffQuestionView(question: InterviewQuestion): StaffInterviewQuestionView {
  return {
    id: question.id,
    content: question.content,
    askerName: question.askerNameMasked,
    status: question.status,
    visibility: question.visibility,
    answeredSeq: question.answeredSeq,
    messageId: question.messageId,
    askedAt: question.askedAt.toISOString(),
  };
}
