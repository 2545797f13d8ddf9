import type { Config } from 'payload'

import { coverageEndpoint, directoryEndpoint, organisationProfileEndpoint } from './endpoints'

export { regionalCoverage, type Coverage, type CoverageRow } from './coverage'
export { partnerDirectory, type DirectoryEntry } from './directory'
export { groupProfile, type GroupProfile } from './group'
export { organisationProfile, type OrganisationProfile } from './profile'

/** Finding each other: the partner directory, organisation profiles and the regional coverage of intervention cards. */
export const withPartners = (config: Config): Config => ({
  ...config,
  endpoints: [...(config.endpoints ?? []), directoryEndpoint, organisationProfileEndpoint, coverageEndpoint],
})
