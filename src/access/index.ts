export * from './predicates'
export * from './rules'
export * from './where'
export * from './readableIds'
