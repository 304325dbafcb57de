/**
 * A binary min-heap of entries by expiry time: the memory store finds its expired entries and the
 * one that expires soonest without scanning them all. It never removes from the middle: a node
 * whose entry was replaced or deleted is left in place and skipped when it reaches the top (the
 * store says which nodes are still current), and the store rebuilds the heap once stale nodes
 * outnumber live ones.
 */
export interface HeapNode<T> {
  readonly key: string;
  readonly expiresAt: number;
  readonly entry: T;
}

export class ExpiryHeap<T> {
  private nodes: HeapNode<T>[] = [];

  get length(): number {
    return this.nodes.length;
  }

  peek(): HeapNode<T> | undefined {
    return this.nodes[0];
  }

  push(node: HeapNode<T>): void {
    const nodes = this.nodes;
    nodes.push(node);
    let i = nodes.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (nodes[parent]!.expiresAt <= node.expiresAt) break;
      nodes[i] = nodes[parent]!;
      i = parent;
    }
    nodes[i] = node;
  }

  pop(): HeapNode<T> | undefined {
    const nodes = this.nodes;
    const top = nodes[0];
    const last = nodes.pop();
    if (top === undefined || last === undefined || nodes.length === 0) return top;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= nodes.length) break;
      const right = left + 1;
      const child = right < nodes.length && nodes[right]!.expiresAt < nodes[left]!.expiresAt ? right : left;
      if (nodes[child]!.expiresAt >= last.expiresAt) break;
      nodes[i] = nodes[child]!;
      i = child;
    }
    nodes[i] = last;
    return top;
  }

  /** Keeps only the nodes `keep` accepts (the current ones), in heap order again. */
  rebuild(keep: (node: HeapNode<T>) => boolean): void {
    const kept = this.nodes.filter(keep);
    this.nodes = [];
    for (const node of kept.sort((a, b) => a.expiresAt - b.expiresAt)) this.nodes.push(node);
  }

  clear(): void {
    this.nodes = [];
  }
}
