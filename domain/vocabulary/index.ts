export * from './classifications'
export * from './options'
export * from './themes'
export * from './fieldOptions'
