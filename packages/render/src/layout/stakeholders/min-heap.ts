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

    /** The item with the lowest priority, and that priority. */
    pop(): [number, number] {
        const top: [number, number] = [this.items[0], this.priorities[0]];
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
            const [left, right] = [2 * i + 1, 2 * i + 2];
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
        [this.items[a], this.items[b]] = [this.items[b], this.items[a]];
        [this.priorities[a], this.priorities[b]] = [this.priorities[b], this.priorities[a]];
    }
}
