import { workspaceSuite } from './suites/workspace'

workspaceSuite('sqlite', {})
