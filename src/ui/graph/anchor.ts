// Where a popover opens: below its anchor, in the coordinates of the graph's container, kept
// inside the container.
export interface Anchor {
  x: number
  y: number
}

export function anchorBelow(anchor: HTMLElement, container: HTMLElement, width: number): Anchor {
  const a = anchor.getBoundingClientRect()
  const c = container.getBoundingClientRect()
  const x = Math.min(Math.max(4, a.left - c.left), Math.max(4, c.width - width - 4))
  return { x, y: a.bottom - c.top + 4 }
}
