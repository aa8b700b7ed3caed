// Every main screen checked by axe-core as a clerk using assistive technology
// would meet it: in the light theme, the operating system's dark mode and
// Windows high contrast (forced colours). A serious or critical violation
// (a control with no name, text too faint to read, a broken role) fails.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './harness/app-test';
import { mainScreens, overlayScreens } from './fixtures/main-screens';

const colourSchemes = {
  light: async (page: Page) => page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' }),
  dark: async (page: Page) => page.emulateMedia({ colorScheme: 'dark', forcedColors: 'none' }),
  'forced colours': async (page: Page) => page.emulateMedia({ colorScheme: 'light', forcedColors: 'active' }),
};

/** Each serious or critical violation as one readable line: rule, impact, where, and axe's reason. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) => `${violation.id} (${violation.impact}) at ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? violation.help}`,
      ),
    );
}

for (const screen of [...mainScreens, ...overlayScreens]) {
  for (const [scheme, emulate] of Object.entries(colourSchemes)) {
    test(`the ${screen.name} screen has no serious accessibility problems (${scheme})`, async ({ app }) => {
      await app.page.setViewportSize({ width: 1366, height: 768 });
      await emulate(app.page);
      await screen.show(app);
      expect(await seriousViolations(app.page)).toEqual([]);
    });
  }
}
