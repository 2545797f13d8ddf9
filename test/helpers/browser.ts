import fs from 'node:fs'
import path from 'node:path'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export const hasChromium = fs.existsSync(chromiumPath)

// Every browser suite skips with this reason printed, and CI, which installs Chromium, fails instead.
if (!hasChromium) {
  const reason = `Chromium is not installed at ${chromiumPath}: apt-get install -y chromium (bash .ci/run does this)`
  if (process.env.CI) throw new Error(reason)
  console.info(`browser tests skipped: ${reason}`)
}

export const artifactsDir = path.resolve(import.meta.dirname, '../../test-results')

/** Debian's Chromium, headless, with no network of its own (see README: browser tests). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
    executablePath: chromiumPath,
  })
}

/** The two screens every journey is walked on: a desktop and a 390 px phone. */
export const viewports = [
  { height: 900, name: 'desktop', width: 1280 },
  { height: 844, name: 'phone', width: 390 },
] as const

/** A new Dutch browser context on that screen, signed in to the admin panel as that account. */
export async function signedInToAdmin(
  browser: Browser,
  baseUrl: string,
  email: string,
  password: string,
  viewport?: { height: number; width: number },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'nl-NL', ...(viewport ? { viewport } : {}) })
  const page = await context.newPage()
  await page.goto(`${baseUrl}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => url.pathname === '/admin')
  return { context, page }
}

export function screenshotPath(name: string): string {
  fs.mkdirSync(artifactsDir, { recursive: true })
  return path.join(artifactsDir, `${name}.png`)
}

const axeSource = fs.readFileSync(path.resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8')

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: Array<{ target: unknown }> }

/**
 * Runs axe-core in the page (WCAG 2.1 A and AA rules) and returns the serious and critical
 * violations; `include` limits the check to our own parts of a page someone else built (the admin
 * panel's frame and fields are Payload's).
 */
export async function seriousAccessibilityViolations(page: import('playwright-core').Page, include?: string[]): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource })
  const violations = await page.evaluate(async (selectors) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe
    const present = selectors?.filter((selector) => document.querySelector(selector))
    if (selectors && present?.length === 0) throw new Error(`none of ${selectors.join(', ')} is on the page`)
    const context = present ? { include: present.map((selector) => [selector]) } : document
    const result = await axe.run(context, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    return result.violations.map(({ help, id, impact, nodes }) => ({ help, id, impact, nodes: nodes.map(({ target }) => ({ target })) }))
  }, include)
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
}
