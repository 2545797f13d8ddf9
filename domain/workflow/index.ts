export * from './checkMoments'
export * from './moves'
export * from './statuses'
