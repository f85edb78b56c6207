import type {
  AskInterviewQuestionRequest,
  InterviewListQuery,
  InterviewSummary,
  InterviewView,
  MyInterviewQuestionView,
  Page,
  TranscriptView,
} from '@weimin/contracts';
import { request, requestIfChanged, type ConditionalResult } from './http';

/** 在线访谈: announced, collecting questions, live, ended. */
export function listInterviews(query: InterviewListQuery = {}): Promise<Page<InterviewSummary>> {
  return request<Page<InterviewSummary>>('/interviews', { query: { ...query } });
}

export function getInterview(id: number): Promise<InterviewView> {
  return request<InterviewView>(`/interviews/${id}`);
}

/**
 * The transcript entries after `after` (all of them for 0), asked with the last ETag so that a poll while nothing
 * was published is a bodiless 304.
 */
export function getTranscript(id: number, after: number, etag: string | undefined): Promise<ConditionalResult<TranscriptView>> {
  return requestIfChanged<TranscriptView>(`/interviews/${id}/transcript`, etag, after > 0 ? { after } : undefined);
}

/** A question for the guest, with an Idempotency-Key kept until the server answers (as a message's). Silent: the form shows errors. */
export function askQuestion(interviewId: number, body: AskInterviewQuestionRequest, idempotencyKey: string): Promise<MyInterviewQuestionView> {
  return request<MyInterviewQuestionView>(`/interviews/${interviewId}/questions`, {
    method: 'POST',
    body,
    headers: { 'Idempotency-Key': idempotencyKey },
    auth: true,
    silent: true,
  });
}

/** The citizen's questions to one interview: answered, waiting, or become messages. */
export function listMyQuestions(interviewId: number): Promise<MyInterviewQuestionView[]> {
  return request<MyInterviewQuestionView[]>(`/interviews/${interviewId}/questions/mine`, { auth: true });
}

export interface MyQuestionRow {
  interview: InterviewSummary;
  question: MyInterviewQuestionView;
}

const INTERVIEWS_PAGE_MAX = 100;

/**
 * 我的提问: the citizen's questions to every interview, newest first. The BFF answers them per interview only, so
 * this asks each interview that has taken questions (all but 预告); one route for all of them would spare that.
 */
export async function listAllMyQuestions(): Promise<MyQuestionRow[]> {
  const interviews: InterviewSummary[] = [];
  for (let page = 1; ; page += 1) {
    const result = await listInterviews({ page, pageSize: INTERVIEWS_PAGE_MAX });
    interviews.push(...result.items);
    if (result.items.length === 0 || interviews.length >= result.total) break;
  }
  const asked = interviews.filter((interview) => interview.status !== 'announced');
  const perInterview = await Promise.all(asked.map(async (interview) => (await listMyQuestions(interview.id)).map((question) => ({ interview, question }))));
  return perInterview.flat().sort((a, b) => b.question.askedAt.localeCompare(a.question.askedAt));
}
