// The lab page in 한국어: header, questions, graph legend, node cards, node menu and pod details
// all speak Korean after the header's switch (kubectl's own words, such as Ready, Running and
// SchedulingDisabled, and object names stay as kubectl prints them), English comes back when
// switched back, and the choice survives a reload.
import { expect, test, type Locator } from '@playwright/test'
import { LabPage } from './pages/LabPage'
import { en } from '../src/ui/i18n/en'
import { ko } from '../src/ui/i18n/ko'

test.beforeEach(async ({ page }) => {
  await page.goto('/')
  await page.evaluate(() => localStorage.clear())
})

/** English UI strings a Korean page must not show: the whole ones, not those ko keeps as they are. */
const ENGLISH_ONLY = Object.entries(en)
  .filter(([k, v]) => ko[k as keyof typeof ko] !== v && !v.includes('{'))
  .map(([, v]) => v)

async function expectNoEnglishUi(area: Locator): Promise<void> {
  const text = await area.innerText()
  const found = ENGLISH_ONLY.filter((s) =>
    new RegExp(`(^|\\W)${escapeRegExp(s)}($|\\W)`).test(text),
  )
  expect(found, `English UI text in ${await area.getAttribute('class')}`).toEqual([])
}

/** Every pill of a card's pill row is shown whole (the row clips what does not fit). */
async function expectPillsFit(card: Locator): Promise<void> {
  const row = (await card.locator('.gcard__pills').boundingBox())!
  for (const pill of await card.locator('.gpill').all()) {
    const b = (await pill.boundingBox())!
    expect(b.x + b.width, await pill.innerText()).toBeLessThanOrEqual(row.x + row.width + 0.5)
  }
}

/** Wait for an element's animations (a popup's fade-in) to end, so a screenshot shows it whole. */
async function settled(el: Locator): Promise<void> {
  await el.evaluate((e) => Promise.all(e.getAnimations().map((a) => a.finished)))
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

test('the lab page speaks Korean after the switch, back to English, and after a reload', async ({
  page,
}) => {
  const p = new LabPage(page)
  await p.goto('os-upgrades')
  await p.setLang('한국어')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko')

  // header and clock
  const header = page.locator('header.app-header')
  await expect(header.getByRole('link', { name: '실습 목록으로' })).toBeVisible()
  await expect(header.getByRole('heading', { level: 1 })).toHaveText('OS 업그레이드')
  await expect(header.getByRole('progressbar', { name: '진행률' })).toBeVisible()
  const clock = header.getByRole('group', { name: '가상 시간' })
  await expect(clock.getByRole('button', { name: /^(재생|일시정지)$/ })).toBeVisible()
  await expect(clock.getByRole('group', { name: '속도' }).getByRole('button')).toHaveCount(3)
  await expect(clock.getByRole('button', { name: '1분 빨리 감기' })).toHaveText('+1분')
  await expect(clock.getByRole('button', { name: '5분 빨리 감기' })).toHaveText('+5분')
  await expect(header.getByRole('button', { name: '실습 초기화' })).toHaveText('초기화')
  await expect(header.getByRole('combobox', { name: '언어' })).toHaveValue('ko')

  // the question panel, with the lab's own Korean texts
  const questions = page.getByRole('region', { name: '문제' })
  await expect(questions.getByRole('navigation', { name: '문제' })).toBeVisible()
  await expect(
    questions.getByRole('button', { name: '문제 1: 클러스터의 노드 (미답변)' }),
  ).toBeVisible()
  await expect(page.locator('.question-kicker')).toHaveText(/^문제 1 \/ \d+미답변$/)
  await expect(questions.getByRole('heading', { level: 2 })).toHaveText('클러스터의 노드')
  await expect(questions).toContainText('클러스터에 노드가 몇 개 있습니까?')
  await expect(questions.getByRole('textbox', { name: '답' })).toBeVisible()
  await expect(questions.getByRole('button', { name: '확인', exact: true })).toBeVisible()
  await expect(questions.getByRole('button', { name: '힌트' })).toBeVisible()
  await expect(questions.getByRole('button', { name: '다음 문제' })).toBeVisible()
  await expect(page.getByRole('region', { name: '터미널' })).toBeVisible()

  // the graph: React Flow's controls, the legend and its system-pods toggle
  const graph = page.getByRole('region', { name: '클러스터', exact: true })
  await expect(graph.getByRole('button', { name: '확대' })).toBeVisible()
  await expect(graph.getByRole('button', { name: '화면에 맞추기' })).toBeVisible()
  const legend = graph.getByRole('region', { name: '범례' })
  await expect(legend.getByRole('heading')).toHaveText(['소유자', '상태'])
  await expect(legend).toContainText('Deployment default/blue')
  await expect(legend).toContainText('컨트롤러 없음 (삭제하면 사라짐)')
  const toggle = legend.getByRole('checkbox', { name: /^시스템 파드 표시 \(\d+개 숨김\)$/ })
  await expect(toggle).not.toBeChecked()

  // node cards: named "노드 <name>", pod count and taints in Korean, kubectl's words as they are
  for (const name of ['controlplane', 'node01']) {
    const card = graph.getByRole('button', { name: `노드 ${name}`, exact: true })
    await expect(card).toContainText('Ready')
    await expect(card).toContainText(/파드 \d+개 \+시스템 \d+개/)
    await expect(card).toContainText('테인트 없음')
    await expect(card).toHaveAttribute('title', new RegExp(`^${name}: Ready\\. 클릭하면`))
    await expectPillsFit(card)
  }
  await expect(graph.getByRole('button', { name: /^Node / })).toHaveCount(0)
  await expect(graph.getByRole('button', { name: /^파드 default\/blue-/ }).first()).toBeVisible()
  await expect(graph.getByRole('button', { name: /^Pod / })).toHaveCount(0)
  await expectNoEnglishUi(questions)
  await expectNoEnglishUi(graph)
  await p.shot('korean-lab-page')

  // the system-pods toggle: kube-system chips, named in Korean too
  await toggle.check()
  const shown = legend.getByRole('checkbox', { name: '시스템 파드 표시', exact: true })
  await expect(shown).toBeChecked()
  await expect(
    graph.getByRole('button', { name: '파드 kube-system/etcd-controlplane', exact: true }),
  ).toBeVisible()
  // the static pods' legend group is a word, translated; controllers keep kubectl's names
  await expect(legend).toContainText('스태틱 파드')
  await expect(legend).not.toContainText('Static pods')
  await expect(legend).toContainText('DaemonSet kube-system/kube-proxy')
  await shown.uncheck()
  await expect(graph.getByRole('button', { name: /^파드 kube-system\// })).toHaveCount(0)

  // the node menu
  await graph.getByRole('button', { name: '노드 node01', exact: true }).click()
  const menu = page.getByRole('menu', { name: 'node01 작업' })
  await expect(menu.getByRole('menuitem')).toHaveText([
    '코든kubectl cordon node01',
    '코든 해제kubectl uncordon node01',
    '드레인kubectl drain node01 --ignore-daemonsets',
    '전원 끄기lab node power-off node01',
  ])
  await expect(menu.getByRole('menuitem', { name: 'node01 코든', exact: true })).toBeFocused()
  await settled(menu)
  await p.shot('korean-node-menu')
  await page.keyboard.press('Escape')
  await expect(menu).toHaveCount(0)

  // the pod details
  const chip = graph.getByRole('button', { name: /^파드 default\/blue-/ }).first()
  const pod = ((await chip.getAttribute('aria-label')) ?? '').replace(/^파드 /, '')
  await chip.click()
  const details = page.getByRole('dialog', { name: `파드 상세 ${pod}` })
  await expect(details.locator('dt')).toHaveText(['상태', '단계', '소유자', '노드', '경과 시간'])
  await expect(details).toContainText('상태Running')
  await expect(details).toContainText('단계Running')
  await expect(details).toContainText('소유자Deployment/blue')
  await expect(details).toContainText(/노드(controlplane|node01)/)
  await expect(details).toContainText(/경과 시간\d+(s|m)/)
  await settled(details)
  await p.shot('korean-pod-details')
  await page.keyboard.press('Escape')
  await expect(details).toHaveCount(0)

  // node01 powered off from the menu: the card's pills and taints, NotReady after the 50 s grace
  await graph.getByRole('button', { name: '노드 node01', exact: true }).click()
  await menu.getByRole('menuitem', { name: 'node01 전원 끄기', exact: true }).click()
  await expect.poll(() => p.termText()).toContain('lab node power-off node01')
  const node01 = graph.getByRole('button', { name: '노드 node01', exact: true })
  await expect(node01).toContainText('전원 꺼짐')
  await page.getByRole('button', { name: '1분 빨리 감기' }).click()
  await expect(node01).toContainText('NotReady')
  await expect(node01.getByRole('timer')).toHaveText(/^(\d+m\d+s 후 축출|곧 축출)$/)
  await expect(node01).toContainText('node.kubernetes.io/unreachable:NoExecute')
  await expect(node01).not.toContainText('테인트 없음')
  await expectPillsFit(node01)
  await p.shot('korean-node-off')

  // back to English
  await p.setLang('English')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(header.getByRole('heading', { level: 1 })).toHaveText('OS Upgrades')
  await expect(header.getByRole('button', { name: 'Fast-forward 1 minute' })).toHaveText('+1 min')
  await expect(p.questions.getByRole('heading', { level: 2 })).toHaveText('Nodes in the cluster')
  await expect(page.getByRole('region', { name: 'Legend' }).getByRole('heading')).toHaveText([
    'Owners',
    'States',
  ])
  await expect(p.node('controlplane')).toContainText('no taints')
  await expect(p.node('node01')).toContainText('Powered off')
  await expect(p.node('node01').getByRole('timer')).toHaveText(
    /^(evicting in \d+m\d+s|evicting now)$/,
  )
  await expect(page.getByRole('button', { name: /^노드 / })).toHaveCount(0)

  // Korean again, and still Korean after a reload
  await p.setLang('한국어')
  await expect(header.getByRole('heading', { level: 1 })).toHaveText('OS 업그레이드')
  await page.waitForTimeout(600)
  await page.reload()
  await p.waitReadyKo()
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
  await expect(page.getByRole('combobox', { name: '언어' })).toHaveValue('ko')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('OS 업그레이드')
  await expect(page.getByRole('button', { name: '노드 controlplane', exact: true })).toContainText(
    '테인트 없음',
  )
  await expect(page.getByRole('button', { name: '노드 node01', exact: true })).toContainText(
    '전원 꺼짐',
  )
})
