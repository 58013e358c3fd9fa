import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { engine } from '../a11y/server.js';

/**
 * What the test runner's driver can do in this engine on this machine: Chromium (Playwright)
 * sets the viewport and emulates media features; Firefox (WebDriver BiDi) sets the viewport;
 * WebKit (WebDriver classic) does neither. Asking a driver that cannot fails the call and makes
 * the server print a stack trace into the run's log, so tests ask here first.
 */
export const driverCan = { setViewport: engine !== 'webkit', emulateMedia: engine === 'chromium' } as const;

/** Sets the viewport where the driver can; says whether it did. */
export async function trySetViewport(size: { width: number; height: number }): Promise<boolean> {
  if (!driverCan.setViewport) return false;
  await setViewport(size);
  return true;
}

/** Emulates media features where the driver can; says whether it did. */
export async function tryEmulateMedia(media: Parameters<typeof emulateMedia>[0]): Promise<boolean> {
  if (!driverCan.emulateMedia) return false;
  await emulateMedia(media);
  return true;
}
