import type { MailLanguage, NotificationKind } from '../../domain/notifications'

/** What one notification says, in one language, from what the recipient may read of it. */
export type NotificationFacts = {
  title: string
  actor?: string | null
  comment?: string | null
  about?: string | null
  date?: string | null
}

type Words = {
  subject: Record<NotificationKind, (facts: NotificationFacts) => string>
  sentence: Record<NotificationKind, (facts: NotificationFacts) => string>
  open: string
  openInAdmin: string
  comment: string
  why: string
  settings: string
  unsubscribe: (what: string) => string
  digest: {
    subject: (period: string) => string
    intro: (period: string, count: number) => string
    otherTheme: string
    more: (count: number) => string
    why: string
    unsubscribe: string
  }
  someone: string
}

const quoted = (title: string) => `“${title}”`

/** The words of notifications and their mails (the portal uses the same sentences). */
export const notificationWords: Record<MailLanguage, Words> = {
  en: {
    comment: 'Comment',
    digest: {
      intro: (period, count) => `What is new ${period} in what you follow: ${count} ${count === 1 ? 'item' : 'items'}.`,
      more: (count) => `And ${count} more: see what is new in the portal`,
      otherTheme: 'Other',
      subject: (period) => `Weerbaar: what is new ${period}`,
      unsubscribe: 'Stop the digest',
      why: 'You get this digest because you follow themes, organisations or items in Weerbaar.',
    },
    open: 'Open in Weerbaar',
    openInAdmin: 'Open in the admin panel',
    sentence: {
      experience: (facts) => `${facts.about ?? 'A municipality'} shared its experience with the intervention ${quoted(facts.title)}.`,
      'followed-published': (facts) => `${quoted(facts.title)} was published in what you follow.`,
      'followed-updated': (facts) => `${quoted(facts.title)}, which you follow, was updated.`,
      published: (facts) => `${quoted(facts.title)} was published${facts.actor ? ` by ${facts.actor}` : ''}.`,
      'review-due': (facts) =>
        `${quoted(facts.title)} of your organisation is past its review-by date${facts.date ? ` (${facts.date})` : ''}: check that it is still right.`,
      'sent-back': (facts) => `${facts.actor ?? 'A curator'} sent ${quoted(facts.title)} back: change it and submit it again.`,
      submitted: (facts) => `${facts.actor ?? 'Someone'} submitted ${quoted(facts.title)} for review.`,
      mentioned: (facts) => `${facts.actor ?? 'Someone'} mentioned you or your organisation in the conversation on ${quoted(facts.title)}.`,
      replied: (facts) => `${facts.actor ?? 'Someone'} replied in the conversation on ${quoted(facts.title)}.`,
      commented: (facts) => `${facts.actor ?? 'Someone'} wrote in the conversation on ${quoted(facts.title)}.`,
      'question-asked': (facts) => `${facts.actor ?? 'Someone'} asks the region: ${quoted(facts.title)}`,
      'answer-accepted': (facts) => `${facts.actor ?? 'The asker'} accepted your answer to ${quoted(facts.title)}. Thank you for sharing.`,
      'comment-hidden': (facts) =>
        `A curator hid a comment in the conversation on ${quoted(facts.title)}${facts.comment ? `, because: ${facts.comment}` : ''}.`,
      'recommendation-assigned': (facts) =>
        `${quoted(facts.title)} recommends something your organisation is to follow up${facts.date ? ` by ${facts.date}` : ''}${facts.comment ? `: ${facts.comment}` : '.'}`,
      'recommendation-overdue': (facts) =>
        `A recommendation of ${quoted(facts.title)} for your organisation is past its due date${facts.date ? ` (${facts.date})` : ''}: record how it is followed up${facts.comment ? `. ${facts.comment}` : '.'}`,
    },
    settings: 'Choose what you are mailed about',
    someone: 'Someone',
    subject: {
      experience: (facts) => `New experience with ${facts.title}`,
      'followed-published': (facts) => `New in what you follow: ${facts.title}`,
      'followed-updated': (facts) => `Updated: ${facts.title}`,
      published: (facts) => `Published: ${facts.title}`,
      'review-due': (facts) => `Time to review: ${facts.title}`,
      'sent-back': (facts) => `Sent back: ${facts.title}`,
      submitted: (facts) => `To review: ${facts.title}`,
      mentioned: (facts) => `You were mentioned: ${facts.title}`,
      replied: (facts) => `New reply: ${facts.title}`,
      commented: (facts) => `New in the conversation: ${facts.title}`,
      'question-asked': (facts) => `Question to the region: ${facts.title}`,
      'answer-accepted': (facts) => `Your answer was accepted: ${facts.title}`,
      'comment-hidden': (facts) => `Comment hidden: ${facts.title}`,
      'recommendation-assigned': (facts) => `A recommendation for your organisation: ${facts.title}`,
      'recommendation-overdue': (facts) => `Recommendation past its due date: ${facts.title}`,
    },
    unsubscribe: (what) => `Stop mails about: ${what.toLowerCase()}`,
    why: 'You get this mail because of your notification settings in Weerbaar.',
  },
  nl: {
    comment: 'Opmerking',
    digest: {
      intro: (period, count) => `Nieuw ${period} in wat u volgt: ${count} ${count === 1 ? 'item' : 'items'}.`,
      more: (count) => `En nog ${count}: bekijk wat nieuw is in het portaal`,
      otherTheme: 'Overig',
      subject: (period) => `Weerbaar: wat er nieuw is ${period}`,
      unsubscribe: 'Geen overzicht meer ontvangen',
      why: "U krijgt dit overzicht omdat u thema's, organisaties of items volgt in Weerbaar.",
    },
    open: 'Bekijk in Weerbaar',
    openInAdmin: 'Open in het beheer',
    sentence: {
      experience: (facts) => `${facts.about ?? 'Een gemeente'} deelde een ervaring met de interventie ${quoted(facts.title)}.`,
      'followed-published': (facts) => `${quoted(facts.title)} is gepubliceerd in wat u volgt.`,
      'followed-updated': (facts) => `${quoted(facts.title)}, dat u volgt, is bijgewerkt.`,
      published: (facts) => `${quoted(facts.title)} is gepubliceerd${facts.actor ? ` door ${facts.actor}` : ''}.`,
      'review-due': (facts) =>
        `${quoted(facts.title)} van uw organisatie is over de herzieningsdatum${facts.date ? ` (${facts.date})` : ''}: controleer of het nog klopt.`,
      'sent-back': (facts) => `${facts.actor ?? 'Een redacteur'} stuurde ${quoted(facts.title)} terug: pas het aan en dien het opnieuw in.`,
      submitted: (facts) => `${facts.actor ?? 'Iemand'} diende ${quoted(facts.title)} in ter beoordeling.`,
      mentioned: (facts) => `${facts.actor ?? 'Iemand'} noemde u of uw organisatie in het gesprek over ${quoted(facts.title)}.`,
      replied: (facts) => `${facts.actor ?? 'Iemand'} reageerde in het gesprek over ${quoted(facts.title)}.`,
      commented: (facts) => `${facts.actor ?? 'Iemand'} schreef in het gesprek over ${quoted(facts.title)}.`,
      'question-asked': (facts) => `${facts.actor ?? 'Iemand'} vraagt de regio: ${quoted(facts.title)}`,
      'answer-accepted': (facts) =>
        `${facts.actor ?? 'De vraagsteller'} accepteerde uw antwoord op ${quoted(facts.title)}. Dank voor het delen.`,
      'comment-hidden': (facts) =>
        `De redactie verborg een reactie in het gesprek over ${quoted(facts.title)}${facts.comment ? `, omdat: ${facts.comment}` : ''}.`,
      'recommendation-assigned': (facts) =>
        `${quoted(facts.title)} beveelt iets aan dat uw organisatie opvolgt${facts.date ? `, uiterlijk ${facts.date}` : ''}${facts.comment ? `: ${facts.comment}` : '.'}`,
      'recommendation-overdue': (facts) =>
        `Een aanbeveling uit ${quoted(facts.title)} voor uw organisatie is over de termijn${facts.date ? ` (${facts.date})` : ''}: leg vast hoe ze wordt opgevolgd${facts.comment ? `. ${facts.comment}` : '.'}`,
    },
    settings: 'Kies waarover u mail krijgt',
    someone: 'Iemand',
    subject: {
      experience: (facts) => `Nieuwe ervaring met ${facts.title}`,
      'followed-published': (facts) => `Nieuw in wat u volgt: ${facts.title}`,
      'followed-updated': (facts) => `Bijgewerkt: ${facts.title}`,
      published: (facts) => `Gepubliceerd: ${facts.title}`,
      'review-due': (facts) => `Tijd om te herzien: ${facts.title}`,
      'sent-back': (facts) => `Teruggestuurd: ${facts.title}`,
      submitted: (facts) => `Ter beoordeling: ${facts.title}`,
      mentioned: (facts) => `U bent genoemd: ${facts.title}`,
      replied: (facts) => `Nieuwe reactie: ${facts.title}`,
      commented: (facts) => `Nieuw in het gesprek: ${facts.title}`,
      'question-asked': (facts) => `Vraag aan de regio: ${facts.title}`,
      'answer-accepted': (facts) => `Uw antwoord is geaccepteerd: ${facts.title}`,
      'comment-hidden': (facts) => `Reactie verborgen: ${facts.title}`,
      'recommendation-assigned': (facts) => `Aanbeveling voor uw organisatie: ${facts.title}`,
      'recommendation-overdue': (facts) => `Aanbeveling over de termijn: ${facts.title}`,
    },
    unsubscribe: (what) => `Geen mail meer over: ${what.toLowerCase()}`,
    why: 'U krijgt deze mail door uw instellingen voor meldingen in Weerbaar.',
  },
}
