/**
 * Real Chromium (Debian's package) driven by playwright-core, against the preview server
 * (scripts/preview.ts): the built pages as the emulator's HtmlService renders them, with
 * google.script.run bridged to the emulated add-on.
 */
import { existsSync } from 'fs';
import { delimiter, join } from 'path';
import { Browser, chromium, Page } from 'playwright-core';

/** CHROMIUM_PATH, else the first of these names on the PATH (as scripts/ensure-chromium.sh). */
function findChromium(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    const found = dirs.map((dir) => join(dir, name)).find((path) => existsSync(path));
    if (found) return found;
  }
  return '/usr/bin/chromium';
}

export const CHROMIUM_PATH = findChromium();

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Fails (never skips) when Chromium is missing, saying how to install it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install Debian's package ` +
        '(sudo apt-get install -y --no-install-recommends chromium) or set CHROMIUM_PATH.',
    );
  }
  // playwright gives every launch() a fresh temporary profile (--user-data-dir), removed on close.
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ARGS });
}

/** Errors the page threw or logged: a test fails on any (a broken bundle shows up here). */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** The text of an element, trimmed ('' if missing). */
export async function textOf(page: Page, selector: string): Promise<string> {
  const node = await page.$(selector);
  return node ? ((await node.textContent()) ?? '').trim() : '';
}

export async function waitForText(page: Page, selector: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([s, t]) => (document.querySelector(s)?.textContent ?? '').includes(t),
    [selector, text] as const,
  );
}

/** Waits until the element has any text (a message arrived). */
export async function waitForAnyText(page: Page, selector: string): Promise<string> {
  await page.waitForFunction(
    (s) => (document.querySelector(s)?.textContent ?? '').trim() !== '',
    selector,
  );
  return textOf(page, selector);
}

/** A google.script.run call made from the page's console, as a crafted request would be. */
export async function scriptRunFromPage(page: Page, name: string, arg: unknown): Promise<unknown> {
  return page.evaluate(
    ([handler, argument]) =>
      new Promise<unknown>((resolve) => {
        type Runner = {
          withSuccessHandler(f: (value: unknown) => void): Runner;
          withFailureHandler(f: (error: Error) => void): Runner;
        } & Record<string, (arg: unknown) => void>;
        const google = (window as unknown as { google: { script: { run: Runner } } }).google;
        google.script.run
          .withSuccessHandler(resolve)
          .withFailureHandler((error) => resolve({ failure: error.message }))
          [handler](argument);
      }),
    [name, arg] as const,
  );
}
