import fs from 'node:fs'
import path from 'node:path'
import { type Browser, chromium } from 'playwright-core'

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export const hasChromium = fs.existsSync(chromiumPath)

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

export function screenshotPath(name: string): string {
  fs.mkdirSync(artifactsDir, { recursive: true })
  return path.join(artifactsDir, `${name}.png`)
}
