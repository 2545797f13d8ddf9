import * as migration_20261122_231743_initial from './20261122_231743_initial';
import * as migration_20261123_001110_search_and_jobs from './20261123_001110_search_and_jobs';

export const migrations = [
  {
    up: migration_20261122_231743_initial.up,
    down: migration_20261122_231743_initial.down,
    name: '20261122_231743_initial',
  },
  {
    up: migration_20261123_001110_search_and_jobs.up,
    down: migration_20261123_001110_search_and_jobs.down,
    name: '20261123_001110_search_and_jobs'
  },
];
