// The `lab` builtin's own words, in each language the lab texts ship in.
import type { Lang } from './schema'

const EN = {
  questionOf: (n: number, total: number, type: string) => `Question ${n} of ${total} (${type})`,
  answerWith: (n: number) => `Answer with: lab answer ${n} <answer>`,
  answerWithOption: (n: number) => `Answer with: lab answer ${n} <option number>`,
  answerWithOptions: (n: number) => `Answer with: lab answer ${n} <option numbers, e.g. 1,3>`,
  whenDone: (n: number) => `When you are done: lab check ${n}`,
  correct: 'Correct!',
  incorrect: (n: number) => `Incorrect. Try again (lab hint ${n} may help).`,
  checkCorrect: (n: number) => `Question ${n}: correct!`,
  checkNotYet: (n: number) => `Question ${n}: not yet.`,
  noHint: (n: number) => `There is no hint for question ${n}.`,
  noIntro: 'This lab has no introduction.',
  introHeader: (title: string) => `Introduction: ${title}`,
  score: (score: number, total: number) => `Score: ${score}/${total}`,
  reset: 'The lab was reset: a fresh cluster, every question unanswered.',
  time: (d: string, now: string) => `Advanced the clock by ${d}: it is now ${now}.`,
  poweredOff: (n: string) => `${n} is powered off: its kubelet no longer posts node status.`,
  poweredOn: (n: string) => `${n} is powered on: its kubelet starts and registers again.`,
  lang: 'Language: English',
}

const KO: typeof EN = {
  questionOf: (n, total, type) => `문제 ${n}/${total} (${type})`,
  answerWith: (n) => `답하기: lab answer ${n} <답>`,
  answerWithOption: (n) => `답하기: lab answer ${n} <보기 번호>`,
  answerWithOptions: (n) => `답하기: lab answer ${n} <보기 번호들, 예: 1,3>`,
  whenDone: (n) => `다 했으면: lab check ${n}`,
  correct: '정답입니다!',
  incorrect: (n) => `틀렸습니다. 다시 해 보세요 (lab hint ${n} 참고).`,
  checkCorrect: (n) => `문제 ${n}: 정답입니다!`,
  checkNotYet: (n) => `문제 ${n}: 아직 아닙니다.`,
  noHint: (n) => `문제 ${n}에는 힌트가 없습니다.`,
  noIntro: '이 실습에는 소개가 없습니다.',
  introHeader: (title) => `소개: ${title}`,
  score: (score, total) => `점수: ${score}/${total}`,
  reset: '실습을 초기화했습니다: 새 클러스터, 모든 문제가 미응답 상태입니다.',
  time: (d, now) => `시계를 ${d} 앞당겼습니다: 지금은 ${now}입니다.`,
  poweredOff: (n) => `${n}의 전원을 껐습니다: kubelet이 더 이상 노드 상태를 보내지 않습니다.`,
  poweredOn: (n) => `${n}의 전원을 켰습니다: kubelet이 시작되어 다시 등록합니다.`,
  lang: '언어: 한국어',
}

export type Messages = typeof EN

export function messages(lang: Lang): Messages {
  return lang === 'ko' ? KO : EN
}
