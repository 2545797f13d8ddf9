/**
 * Groups that work across organisations: the City Deal projects, working groups per priority and
 * the knowledge workshop. Their members read and edit the group's group-only items together.
 */
export const groupKinds = ['city-deal-project', 'working-group', 'knowledge-workshop'] as const
export type GroupKind = (typeof groupKinds)[number]

export const projectStatuses = ['preparing', 'running', 'completed'] as const
export type ProjectStatus = (typeof projectStatuses)[number]

/** The City Deal Local Cyberresilience as its public material describes it, guided by the CCV. */
export const cityDeal = { municipalities: 8, ministries: 3, projects: 18 } as const
