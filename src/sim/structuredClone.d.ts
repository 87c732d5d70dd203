// The sim compiles without DOM or Node types (tsconfig.sim.json); structuredClone is an ES
// runtime global in every engine Cordon runs on (browsers, Node 17+), so declare it here.
declare function structuredClone<T>(value: T): T
declare function btoa(data: string): string
