export { editorialListEndpoints } from './endpoints/lists'
export { workflowEndpoints } from './endpoints/transitions'
export * from './statuses'
export * from './transitions'
