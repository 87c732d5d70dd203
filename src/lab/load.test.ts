import { describe, expect, it } from 'vitest'
import { LabLoadError, parseLab } from './load'

const minimal = {
  title: 'T',
  summary: 'S',
  difficulty: 'beginner',
  minutes: 5,
  world: {
    clusters: [
      {
        name: 'kubernetes',
        version: 'v1.33.0',
        nodes: [
          { name: 'controlplane', ip: '192.168.100.2', role: 'control-plane' },
          { name: 'node01', ip: '192.168.100.3', role: 'worker' },
        ],
      },
    ],
  },
  questions: [
    {
      id: 'q1',
      type: 'task',
      title: 'Cordon',
      text: 'Cordon node01',
      solution: ['kubectl cordon node01'],
      check: { kind: 'node', name: 'node01', schedulable: false },
    },
  ],
}

function problems(data: unknown, file = 'labs/bad.json'): string[] {
  try {
    parseLab(typeof data === 'string' ? data : JSON.stringify(data), file)
  } catch (e) {
    if (e instanceof LabLoadError) return e.problems
    throw e
  }
  return []
}

function withQuestion(q: Record<string, unknown>): unknown {
  return { ...minimal, questions: [{ ...minimal.questions[0], ...q }] }
}

describe('parseLab', () => {
  it('accepts a minimal lab and takes its id from the file name', () => {
    const lab = parseLab(JSON.stringify(minimal), 'labs/os-upgrades.json')
    expect(lab.id).toBe('os-upgrades')
    expect(lab.world.settle).toBe('30m')
    expect(lab.world.start).toBe('2026-11-24T09:00:00Z')
  })

  it('names the file, the JSON path and the expected operators for a bad where op', () => {
    const check = {
      kind: 'object',
      resource: 'Pod',
      where: [{ path: '.spec.nodeName', op: 'equals', value: 'x' }],
    }
    expect(problems(withQuestion({ check }))).toEqual([
      'labs/bad.json: questions[0].check.where[0].op: expected one of "eq", "ne", "exists", "absent", "matches", "in"',
    ])
  })

  it('reports an unknown question type with the types it knows', () => {
    expect(problems(withQuestion({ type: 'essay' }))).toEqual([
      'labs/bad.json: questions[0].type: expected one of "info", "choice", "input", "task"',
    ])
  })

  it('reports an unknown check kind inside all', () => {
    const check = { kind: 'all', checks: [{ kind: 'node', name: 'node01' }, { kind: 'file' }] }
    expect(problems(withQuestion({ check }))).toEqual([
      'labs/bad.json: questions[0].check.checks[1].kind: expected one of "object", "node", "command", "lastCommand", "all", "any", "not"',
    ])
  })

  it('reports missing fields, wrong types and unknown properties, one line each', () => {
    const bad = { ...minimal, minutes: 'ten', extra: true } as Record<string, unknown>
    delete bad.summary
    expect(problems(bad)).toEqual([
      'labs/bad.json: summary: required: expected a text: a string or { "en": "…", "ko": "…" }',
      'labs/bad.json: minutes: expected number, got string',
      'labs/bad.json: extra: unknown property',
    ])
  })

  it('reports a where op that needs a value', () => {
    const check = { kind: 'object', resource: 'Pod', where: [{ path: '.status.phase', op: 'eq' }] }
    expect(problems(withQuestion({ check }))).toEqual([
      'labs/bad.json: questions[0].check.where[0].value: op "eq" needs a value',
    ])
  })

  it('reports a choice whose correct option does not exist', () => {
    const q = { type: 'choice', options: ['a', 'b'], correct: [3], solution: ['3'] }
    const lab = { ...minimal, questions: [{ id: 'q1', title: 't', text: 't', ...q }] }
    expect(problems(lab)).toEqual([
      'labs/bad.json: questions[0].correct[0]: expected an option number from 1 to 2',
    ])
  })

  it('reports a node that does not exist, a host that does not exist and duplicate ids', () => {
    const lab = {
      ...minimal,
      questions: [
        withQuestionOnly({ check: { kind: 'node', name: 'node02', schedulable: false } }),
        withQuestionOnly({ check: { kind: 'lastCommand', host: 'jumpbox', matches: 'x' } }),
      ],
    }
    expect(problems(lab)).toEqual([
      'labs/bad.json: questions[0].check.name: no node named "node02"',
      'labs/bad.json: questions[1].id: duplicate id "q1"',
      'labs/bad.json: questions[1].check.host: no host named "jumpbox"',
    ])
  })

  it('reports objects for a cluster that does not exist, with the key as a JSON path', () => {
    const lab = { ...minimal, world: { ...minimal.world, objects: { 'other-cluster': [] } } }
    expect(problems(lab)).toEqual([
      'labs/bad.json: world.objects["other-cluster"]: no cluster named "other-cluster"',
    ])
  })

  it('reports invalid JSON with its line and column', () => {
    expect(problems('{\n  "title": "T",\n  "summary": }\n')).toEqual([
      'labs/bad.json: invalid JSON at line 3 column 14: expected a value, found "}"',
    ])
    expect(problems('{"title": "T"')).toEqual([
      'labs/bad.json: invalid JSON at line 1 column 14: expected "," or "}", found end of input',
    ])
  })

  it('reports a lab that is not an object', () => {
    expect(problems('[]')).toEqual(['labs/bad.json: expected object, got array'])
  })
})

function withQuestionOnly(q: Record<string, unknown>): Record<string, unknown> {
  return { ...minimal.questions[0], ...q }
}
