// The render package runs in Node and in the browser but may use neither's APIs, so its
// tsconfig loads no Node or DOM types; structuredClone is the one global both provide that
// it uses (deep copies of ELK graphs and of drawn scenes).
declare function structuredClone<T>(value: T): T;
