import type { WorkflowTexts } from '../../plugins/editorial-workflow'

const nl: WorkflowTexts = {
  commentRequired: 'Schrijf wat er moet veranderen voordat je het item terugstuurt.',
  done: {
    publish: 'Gepubliceerd.',
    'send-back': 'Teruggestuurd naar de eigenaar, met je opmerking.',
    submit: 'Aangeboden ter beoordeling: een redacteur publiceert het of stuurt het terug met een opmerking.',
    unpublish: 'Niet meer gepubliceerd: het item is weer een concept dat alleen de eigen organisatie en redacteuren lezen.',
  },
  labels: {
    at: 'Wanneer',
    by: 'Door',
    comment: 'Opmerking',
    move: 'Stap',
    moves: {
      publish: 'Gepubliceerd',
      'send-back': 'Teruggestuurd',
      submit: 'Aangeboden ter beoordeling',
      unpublish: 'Publicatie ingetrokken',
    },
    reviewComment: 'Opmerking van de redacteur',
    reviewHistory: 'Beoordelingsgeschiedenis',
    step: { plural: 'Stappen', singular: 'Stap' },
    workflowStatus: 'Status',
  },
  mustBeText: (field) => `${field} moet tekst zijn.`,
  notYours: (move) =>
    ({
      publish: 'Alleen redacteuren publiceren. Bied je wijzigingen aan ter beoordeling.',
      'send-back': 'Alleen redacteuren sturen een item terug.',
      submit: 'Je account mag geen items ter beoordeling aanbieden.',
      unpublish: 'Alleen redacteuren trekken een publicatie in.',
      withdraw: 'Je account mag dit item niet terugnemen.',
    })[move],
  onlyPublishersPublish:
    'Alleen redacteuren publiceren. Sla je wijzigingen op als concept en bied ze aan ter beoordeling (POST /api/<collectie>/<id>/submit).',
  queues: {
    forbidden: 'Alleen redacteuren zien deze lijst.',
    signIn: 'Log in als redacteur om deze lijst te zien.',
  },
  signIn: 'Log eerst in: alleen ingelogde gebruikers veranderen de status van een item.',
  submitForbidden: 'Je account mag geen items ter beoordeling aanbieden.',
}

const en: WorkflowTexts = {
  commentRequired: 'Say what needs to change before sending the item back.',
  done: {
    publish: 'Published.',
    'send-back': 'Sent back to the owner organisation with your comment.',
    submit: 'Submitted for review: a curator will publish it or send it back with a comment.',
    unpublish: 'Unpublished: the item is a draft again and only its organisation and curators can read it.',
  },
  labels: {
    at: 'When',
    by: 'By',
    comment: 'Comment',
    move: 'Step',
    moves: { publish: 'Published', 'send-back': 'Sent back', submit: 'Submitted for review', unpublish: 'Unpublished' },
    reviewComment: 'Curator’s comment',
    reviewHistory: 'Review history',
    step: { plural: 'Steps', singular: 'Step' },
    workflowStatus: 'Status',
  },
  mustBeText: (field) => `${field} must be text.`,
  notYours: (move) =>
    ({
      publish: 'Only curators can publish an item. Members submit their changes for review.',
      'send-back': 'Only curators can send back an item. Members submit their changes for review.',
      submit: 'Your account may not submit items for review.',
      unpublish: 'Only curators can unpublish an item. Members submit their changes for review.',
      withdraw: 'Your account may not withdraw this item.',
    })[move],
  onlyPublishersPublish:
    'Only curators can publish. Save your changes as a draft and submit them for review (set workflowStatus to "in-review", or POST /api/<collection>/<id>/submit).',
  queues: {
    forbidden: 'Only curators see this list.',
    signIn: 'Sign in as one of the curators to see this list.',
  },
  signIn: 'Sign in first: only signed-in users can change an item’s workflow.',
  submitForbidden: 'Your account may not submit items for review.',
}

/** What the editorial workflow says, in the two interface languages. */
export const workflowTexts = { en, nl }
