import { test } from './harness/app-test';
import { mainScreens } from './fixtures/main-screens';
for (const screen of mainScreens) {
  for (const scheme of ['light', 'dark', 'forced'] as const) {
    test(`${screen.name} ${scheme}`, async ({ app }) => {
      await app.page.setViewportSize({ width: 1366, height: 768 });
      if (scheme === 'dark') await app.page.emulateMedia({ colorScheme: 'dark' });
      if (scheme === 'forced') await app.page.emulateMedia({ forcedColors: 'active' });
      await screen.show(app);
      await app.page.screenshot({ path: `/tmp/shots/${screen.name}-${scheme}.png` });
    });
  }
}
