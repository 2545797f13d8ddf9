import { escapeHtml } from '../../lib/escapeHtml'

type Language = 'nl' | 'en'

const words = {
  en: {
    after: 'If you did not ask for this, ignore this mail: your password stays as it is.',
    button: 'Choose a new password',
    intro: 'Someone (hopefully you) asked to reset the password of your Weerbaar account.',
    subject: 'Choose a new password for Weerbaar',
    valid: (minutes: number) => `The link works once, for ${minutes} minutes.`,
  },
  nl: {
    after: 'Heeft u dit niet gevraagd? Dan kunt u deze mail negeren: uw wachtwoord blijft zoals het is.',
    button: 'Kies een nieuw wachtwoord',
    intro: 'Iemand (hopelijk u) vroeg om het wachtwoord van uw Weerbaar-account opnieuw in te stellen.',
    subject: 'Kies een nieuw wachtwoord voor Weerbaar',
    valid: (minutes: number) => `De link werkt één keer, ${minutes} minuten lang.`,
  },
}

const languageOf = (value: unknown): Language => (value === 'en' ? 'en' : 'nl')

/** The password-reset mail in the language the request was made in, with the link to the admin panel's reset page. */
export const resetPasswordMail = {
  html: ({ language, link, minutes }: { language: unknown; link: string; minutes: number }): string => {
    const text = words[languageOf(language)]
    return [
      `<p>${escapeHtml(text.intro)}</p>`,
      `<p><a href="${escapeHtml(link)}">${escapeHtml(text.button)}</a></p>`,
      `<p>${escapeHtml(text.valid(minutes))}</p>`,
      `<p>${escapeHtml(text.after)}</p>`,
    ].join('\n')
  },
  subject: (language: unknown): string => words[languageOf(language)].subject,
}
