// What kubectl prints when no API server answers (no kubeconfig on this machine, or the
// kube-apiserver is down): klog memcache errors then the refused-connection line.
import type { ProgramContext } from '../../types'

const PID = 6466

function klogStamp(ms: number): string {
  const d = new Date(ms)
  const p = (n: number, w = 2) => String(n).padStart(w, '0')
  return `${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds() * 1000, 6)}`
}

export function connectionRefused(
  ctx: ProgramContext,
  hostPort = 'localhost:8080',
  scheme = 'http',
  memcacheLines = 5,
): number {
  const [host, port] = hostPort.split(':')
  const ip = host === 'localhost' ? '127.0.0.1' : host
  const now = ctx.world.clock.now()
  for (let i = 0; i < memcacheLines; i++) {
    ctx.stderr(
      `E${klogStamp(now + i)}    ${PID} memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \\"${scheme}://${hostPort}/api?timeout=32s\\": dial tcp ${ip}:${port}: connect: connection refused"\n`,
    )
  }
  ctx.stderr(
    `The connection to the server ${hostPort} was refused - did you specify the right host or port?\n`,
  )
  return 1
}
