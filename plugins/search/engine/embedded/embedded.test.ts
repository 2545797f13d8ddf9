import { contractFacets, searchEngineContract } from '../contract'
import { EmbeddedEngine } from './index'

searchEngineContract('embedded', async () => new EmbeddedEngine({ facets: contractFacets }))
