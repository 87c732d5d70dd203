// The lab file format: zod schemas, the single source of truth (labs/lab.schema.json is generated).
export * from './text'
export * from './world'
export * from './checks'
export * from './questions'
export * from './lab'
