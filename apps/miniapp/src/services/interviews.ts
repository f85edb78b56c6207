import type {
  AskInterviewQuestionRequest,
  InterviewListQuery,
  InterviewSummary,
  InterviewView,
  MyInterviewQuestionQuery,
  MyInterviewQuestionSummary,
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

/** 我的提问: the citizen's questions to every interview, newest first, a page at a time. */
export function listAllMyQuestions(query: MyInterviewQuestionQuery = {}): Promise<Page<MyInterviewQuestionSummary>> {
  return request<Page<MyInterviewQuestionSummary>>('/interviews/questions/mine', { query: { ...query }, auth: true });
}
