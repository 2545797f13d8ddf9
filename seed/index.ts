import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { unannouncedWrite } from '../domain/notifications'
import { demoPassword, shouldSeedDemo } from '../src/env'
import { type Progress, silentProgress } from '../lib/progress'
import { demoQuestions } from './data/conversation'
import { experiences } from './data/experiences'
import { goodPractices } from './data/goodPractices'
import { groups } from './data/groups'
import { interventions } from './data/interventions'
import { knowledgeCases } from './data/knowledgeCases'
import { lessonsLearned } from './data/lessonsLearned'
import { organisations } from './data/organisations'
import { synonymGroups } from './data/synonyms'
import { themes } from './data/themes'
import type { ItemSeed } from './data/types'
import { demoUsers } from './data/users'
import { workshopSessions } from './data/workshop'
import { richTextFromBlocks as richText } from '../lib/plainToRichText'

export type SeedOptions = {
  /** The demo items, experiences and accounts (default: `shouldSeedDemo()`). */
  demo?: boolean
  progress?: Progress
}

export type SeedReport = { created: number; skipped: number }

type Ids = Map<string, string>

/**
 * Loads the region's organisations, themes and synonyms, and where asked (see `shouldSeedDemo`)
 * the demo items, experiences and accounts. Every record has a natural key (slug or e-mail); what exists is left alone, so running
 * the seed again changes nothing and an interrupted run can simply be repeated.
 */
export async function seed(payload: Payload, options: SeedOptions = {}): Promise<SeedReport> {
  const progress = options.progress ?? silentProgress
  const demo = options.demo ?? shouldSeedDemo()
  // Decided before anything is written: a refused password leaves nothing half-seeded.
  const { generated, password } = demo ? demoPassword() : { generated: false, password: '' }
  const report: SeedReport = { created: 0, skipped: 0 }
  /** Finds a record by its natural key or creates it, all of it or nothing, in one transaction. */
  const ensure = async (
    collection: CollectionSlug,
    where: Where,
    create: (req: PayloadRequest) => Promise<{ id: string | number }>,
  ): Promise<string> => {
    const found = await payload.find({ collection, depth: 0, draft: true, limit: 1, overrideAccess: true, pagination: false, where })
    const existing = found.docs[0]
    if (existing) {
      report.skipped += 1
      return String(existing.id)
    }
    // Loading the demo content is not news: nobody is told of it.
    const req = await createLocalReq({ context: { [unannouncedWrite]: true } }, payload)
    await initTransaction(req)
    try {
      const created = await create(req)
      await commitTransaction(req)
      report.created += 1
      return String(created.id)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  }

  const organisationIds: Ids = new Map()
  for (const [index, organisation] of organisations.entries()) {
    const id = await ensure('organisations', { slug: { equals: organisation.slug } }, (req) =>
      payload.create({ collection: 'organisations', data: organisation, overrideAccess: true, req }),
    )
    organisationIds.set(organisation.slug, id)
    progress.step('organisations', index + 1, organisations.length)
  }

  const themeIds: Ids = new Map()
  for (const [index, theme] of themes.entries()) {
    const id = await ensure('themes', { slug: { equals: theme.slug } }, async (req) => {
      const parent = theme.parent ? themeIds.get(theme.parent) : undefined
      const created = await payload.create({
        collection: 'themes',
        data: { ...theme.nl, order: theme.order, parent, slug: theme.slug },
        locale: 'nl',
        overrideAccess: true,
        req,
      })
      await payload.update({ collection: 'themes', data: theme.en, id: created.id, locale: 'en', overrideAccess: true, req })
      return created
    })
    themeIds.set(theme.slug, id)
    progress.step('themes', index + 1, themes.length)
  }

  for (const [index, phrases] of synonymGroups.entries()) {
    await ensure('search-synonyms', { phrases: { equals: phrases[0] } }, (req) =>
      payload.create({ collection: 'search-synonyms', data: { phrases }, overrideAccess: true, req }),
    )
    progress.step('synonyms', index + 1, synonymGroups.length)
  }

  const references = (slugs: string[] | undefined, ids: Ids, kind: string) =>
    (slugs ?? []).map((slug) => {
      const id = ids.get(slug)
      if (!id) throw new Error(`seed data refers to unknown ${kind} "${slug}"`)
      return id
    })

  const localized = (texts: ItemSeed['nl']) => {
    const { body, ...rest } = texts
    return body ? { ...rest, body: richText(body) } : rest
  }

  const seedItems = async (collection: CollectionSlug, items: ItemSeed[]) => {
    for (const [index, item] of items.entries()) {
      await ensure(collection, { slug: { equals: item.slug } }, async (req) => {
        const draft = item.status === 'draft'
        const organisationFields = Object.fromEntries(
          Object.entries(item.organisationFields ?? {}).map(([field, slugs]) => [
            field,
            references(slugs, organisationIds, 'organisation'),
          ]),
        )
        const created = await payload.create({
          collection,
          data: {
            ...item.fields,
            ...organisationFields,
            ...localized(item.nl),
            _status: item.status,
            ...(item.project ? { cityDealProject: references([item.project], groupIds, 'group')[0] } : {}),
            groups: references(item.groups, groupIds, 'group'),
            municipalities: references(item.municipalities, organisationIds, 'organisation'),
            ownerOrganisation: references([item.owner], organisationIds, 'organisation')[0],
            reviewBy: item.reviewBy,
            slug: item.slug,
            targetGroups: item.targetGroups ?? [],
            themes: references(item.themes, themeIds, 'theme'),
            visibility: item.visibility,
          } as never,
          draft,
          locale: 'nl',
          overrideAccess: true,
          req,
        })
        if (item.en) {
          // Array rows keep their Dutch text in English until someone translates them.
          const untranslatedRows = Object.fromEntries(
            Object.keys(item.fields ?? {})
              .filter((field) => Array.isArray(item.fields?.[field]))
              .map((field) => [field, (created as unknown as Record<string, unknown>)[field]]),
          )
          await payload.update({
            collection,
            data: { ...untranslatedRows, ...localized(item.en) } as never,
            draft,
            id: created.id,
            locale: 'en',
            overrideAccess: true,
            req,
          })
        }
        return created
      })
      progress.step(collection, index + 1, items.length)
    }
  }

  if (!demo) {
    progress.done(`done: ${report.created} created, ${report.skipped} already there (no demo content: SEED_DEMO=true adds it)`)
    return report
  }

  let accountsCreated = 0
  for (const [index, user] of demoUsers.entries()) {
    await ensure('users', { email: { equals: user.email } }, async (req) => {
      accountsCreated += 1
      return payload.create({
        collection: 'users',
        data: {
          email: user.email,
          contactFor: references(user.contactFor, themeIds, 'theme'),
          name: user.name,
          organisation: user.organisation ? organisationIds.get(user.organisation) : undefined,
          password,
          role: user.role,
          shareEmail: user.shareEmail ?? false,
        },
        overrideAccess: true,
        req,
      })
    })
    progress.step('demo users', index + 1, demoUsers.length)
  }
  const accounts = await payload.find({ collection: 'users', depth: 0, limit: 0, overrideAccess: true, pagination: false })
  const accountIds: Ids = new Map(accounts.docs.map((account) => [String(account.email), String(account.id)]))
  const groupIds: Ids = new Map()
  for (const [index, group] of groups.entries()) {
    const id = await ensure('groups', { slug: { equals: group.slug } }, async (req) => {
      const created = await payload.create({
        collection: 'groups',
        data: {
          description: group.nl,
          illustrative: group.illustrative ?? false,
          kind: group.kind,
          leadOrganisation: references([group.lead], organisationIds, 'organisation')[0],
          managers: references(group.managers, accountIds, 'demo account'),
          memberOrganisations: references([...new Set([group.lead, ...(group.organisations ?? [])])], organisationIds, 'organisation'),
          members: references(group.members, accountIds, 'demo account'),
          name: group.name,
          round: group.round,
          slug: group.slug,
          status: group.status,
          themes: references(group.themes, themeIds, 'theme'),
        },
        locale: 'nl',
        overrideAccess: true,
        req,
      })
      await payload.update({
        collection: 'groups',
        data: { description: group.en },
        id: created.id,
        locale: 'en',
        overrideAccess: true,
        req,
      })
      return created
    })
    groupIds.set(group.slug, id)
    progress.step('groups', index + 1, groups.length)
  }

  await seedItems('interventions', interventions)
  await seedItems('good-practices', goodPractices)
  await seedItems('knowledge-cases', knowledgeCases)
  await seedItems('lessons-learned', lessonsLearned)

  const caseIds: Ids = new Map()
  const { docs: cases } = await payload.find({
    collection: 'knowledge-cases',
    depth: 0,
    draft: true,
    limit: 0,
    overrideAccess: true,
    pagination: false,
  })
  for (const each of cases) caseIds.set(String(each.slug), String(each.id))
  for (const [index, session] of workshopSessions.entries()) {
    await ensure('workshop-sessions', { title: { equals: session.title } }, (req) =>
      payload.create({
        collection: 'workshop-sessions',
        data: {
          agenda: session.agenda,
          cases: references(session.cases, caseIds, 'knowledge case'),
          date: session.date,
          group: references([session.group], groupIds, 'group')[0]!,
          minutes: session.minutes,
          participants: references(session.participants, organisationIds, 'organisation'),
          recommendations: session.recommendations.map((recommendation) => ({
            case: recommendation.case ? references([recommendation.case], caseIds, 'knowledge case')[0] : undefined,
            dueDate: recommendation.dueDate,
            followUp: recommendation.followUp,
            ownerOrganisation: references([recommendation.owner], organisationIds, 'organisation')[0]!,
            status: recommendation.status,
            text: recommendation.text,
          })),
          title: session.title,
        },
        overrideAccess: true,
        req,
      }),
    )
    progress.step('workshop sessions', index + 1, workshopSessions.length)
  }

  const interventionIds: Ids = new Map()
  const { docs: cards } = await payload.find({
    collection: 'interventions',
    depth: 0,
    draft: true,
    limit: 0,
    overrideAccess: true,
    pagination: false,
  })
  for (const card of cards) interventionIds.set(String(card.slug), String(card.id))

  for (const [index, experience] of experiences.entries()) {
    const intervention = references([experience.intervention], interventionIds, 'intervention')[0]
    const municipality = references([experience.municipality], organisationIds, 'organisation')[0]
    await ensure(
      'experiences',
      { and: [{ intervention: { equals: intervention } }, { municipality: { equals: municipality } }] },
      async (req) => {
        const created = await payload.create({
          collection: 'experiences',
          data: {
            _status: 'published',
            intervention,
            municipality,
            ownerOrganisation: municipality,
            period: { from: experience.from, to: experience.to },
            rating: experience.rating,
            reach: experience.reach,
            result: experience.nl.result,
            visibility: experience.visibility,
            wouldRecommend: experience.wouldRecommend,
          },
          locale: 'nl',
          overrideAccess: true,
          req,
        })
        if (experience.en) {
          await payload.update({ collection: 'experiences', data: experience.en, id: created.id, locale: 'en', overrideAccess: true, req })
        }
        return created
      },
    )
    progress.step('experiences', index + 1, experiences.length)
  }

  const people = await payload.find({ collection: 'users', depth: 0, limit: 0, overrideAccess: true, pagination: false })
  const personOf = (email: string) => {
    const user = people.docs.find((doc) => doc.email === email)
    if (!user) throw new Error(`seed: the demo conversation names ${email}, who is not a demo account`)
    const organisation = [...organisationIds].find(([, id]) => id === String(user.organisation))?.[0]
    const name = organisations.find((each) => each.slug === organisation)?.name
    return { id: user.id, label: name ? `${user.name} (${name})` : user.name, organisation: user.organisation }
  }
  for (const [index, question] of demoQuestions.entries()) {
    await ensure('questions', { title: { equals: question.title } }, async (req) => {
      const asker = personOf(question.askedBy)
      const created = await payload.create({
        collection: 'questions',
        data: {
          about: { relationTo: 'interventions', value: references([question.about], interventionIds, 'intervention')[0]! },
          askedBy: asker.id,
          askerName: asker.label,
          body: question.body as never,
          concerns: references(question.concerns, organisationIds, 'organisation'),
          ownerOrganisation: asker.organisation as string,
          themes: references(question.themes, themeIds, 'theme'),
          title: question.title,
          visibility: 'partners',
        },
        overrideAccess: true,
        req,
      })
      for (const answer of question.answers) {
        const author = personOf(answer.by)
        await payload.create({
          collection: 'comments',
          data: {
            author: author.id,
            authorName: author.label,
            body: answer.body as never,
            item: { relationTo: 'questions', value: created.id },
            organisation: author.organisation as string,
          },
          overrideAccess: true,
          req,
        })
      }
      return created
    })
    progress.step('demo conversation', index + 1, demoQuestions.length)
  }
  if (generated && accountsCreated > 0) {
    // Stored nowhere: this is the only time anyone can read it.
    process.stderr.write(
      `\nseed: the demo accounts (${demoUsers.map((user) => user.email).join(', ')}) have the password\n\n    ${password}\n\n` +
        'seed: it is shown only now. Change it, or delete the demo accounts, before real people use this workspace.\n\n',
    )
  }

  progress.done(`done: ${report.created} created, ${report.skipped} already there`)
  return report
}
