import type {
  InterviewStep,
  InterviewVideoRequest,
  Page,
  PublishTranscriptEntryRequest,
  SaveInterviewRequest,
  StaffInterviewQuery,
  StaffInterviewQuestionView,
  StaffInterviewSummary,
  StaffInterviewView,
} from '@weimin/contracts';
import { request } from './client';

// 在线访谈 (docs/domain.md §6): the office schedules and runs them; a guest agency's staff read theirs (another's is 404).

const BASE = '/admin/interviews';

export function listInterviews(query: StaffInterviewQuery, signal?: AbortSignal): Promise<Page<StaffInterviewSummary>> {
  return request<Page<StaffInterviewSummary>>(BASE, { query: { ...query }, signal });
}

export function getInterview(id: number, signal?: AbortSignal): Promise<StaffInterviewView> {
  return request<StaffInterviewView>(`${BASE}/${id}`, { signal });
}

/** Every question citizens sent, held and hidden ones included, oldest first. */
export function listInterviewQuestions(id: number, signal?: AbortSignal): Promise<StaffInterviewQuestionView[]> {
  return request<StaffInterviewQuestionView[]>(`${BASE}/${id}/questions`, { signal });
}

export function createInterview(body: SaveInterviewRequest): Promise<StaffInterviewView> {
  return request<StaffInterviewView>(BASE, { method: 'POST', body, notify: false });
}

export function updateInterview(id: number, body: SaveInterviewRequest): Promise<StaffInterviewView> {
  return request<StaffInterviewView>(`${BASE}/${id}`, { method: 'PUT', body, notify: false });
}

/** 开始征集, 开始直播, 结束访谈: one step along 预告 → 征集问题 → 直播中 → 已结束. */
export function stepInterview(id: number, step: InterviewStep): Promise<StaffInterviewView> {
  return request<StaffInterviewView>(`${BASE}/${id}/${step}`, { method: 'POST', body: {} });
}

export function setInterviewVideo(id: number, body: InterviewVideoRequest): Promise<StaffInterviewView> {
  return request<StaffInterviewView>(`${BASE}/${id}/video`, { method: 'PUT', body, notify: false });
}

/** A question with the guest's answer, or a host remark, appended to the transcript. */
export function publishTranscriptEntry(id: number, body: PublishTranscriptEntryRequest): Promise<StaffInterviewView> {
  return request<StaffInterviewView>(`${BASE}/${id}/transcript`, { method: 'POST', body, notify: false });
}

/** 屏蔽 / 显示 a citizen's question, by its own id (unique across interviews). */
export function moderateInterviewQuestion(questionId: number, visibility: 'hide' | 'show'): Promise<StaffInterviewQuestionView> {
  return request<StaffInterviewQuestionView>(`/admin/interview-questions/${questionId}/${visibility}`, { method: 'POST', body: {} });
}
