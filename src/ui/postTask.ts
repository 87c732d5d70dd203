// A task of its own, right after the current one (a MessageChannel message: no 4 ms timer clamp).
export function postMessageTask(): (fn: () => void) => void {
  const queue: (() => void)[] = []
  const channel = new MessageChannel()
  channel.port1.onmessage = () => queue.shift()?.()
  return (fn) => {
    queue.push(fn)
    channel.port2.postMessage(null)
  }
}
