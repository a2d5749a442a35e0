/** A binary min-heap of (item, priority) pairs for the router's shortest-path search; ties pop in a fixed order. */
export class MinHeap {
    private readonly items: number[] = [];
    private readonly priorities: number[] = [];

    get size(): number {
        return this.items.length;
    }

    push(item: number, priority: number): void {
        this.items.push(item);
        this.priorities.push(priority);
        let i = this.items.length - 1;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            if (!this.before(i, parent)) break;
            this.swap(i, parent);
            i = parent;
        }
    }

    /** The lowest priority (read before popItem: the search pops many and keeps no pairs). */
    get topPriority(): number {
        return this.priorities[0];
    }

    /** Removes and returns the item with the lowest priority. */
    popItem(): number {
        const top = this.items[0];
        const lastItem = this.items.pop()!;
        const lastPriority = this.priorities.pop()!;
        if (this.items.length > 0) {
            this.items[0] = lastItem;
            this.priorities[0] = lastPriority;
            this.sinkFrom(0);
        }
        return top;
    }

    private sinkFrom(start: number): void {
        let i = start;
        for (;;) {
            const left = 2 * i + 1;
            const right = left + 1;
            let smallest = i;
            if (left < this.items.length && this.before(left, smallest)) smallest = left;
            if (right < this.items.length && this.before(right, smallest)) smallest = right;
            if (smallest === i) return;
            this.swap(i, smallest);
            i = smallest;
        }
    }

    private before(a: number, b: number): boolean {
        return this.priorities[a] < this.priorities[b] || (this.priorities[a] === this.priorities[b] && this.items[a] < this.items[b]);
    }

    private swap(a: number, b: number): void {
        const item = this.items[a];
        this.items[a] = this.items[b];
        this.items[b] = item;
        const priority = this.priorities[a];
        this.priorities[a] = this.priorities[b];
        this.priorities[b] = priority;
    }
}
