// One set of design tokens: every stylesheet in the renderer names colours by
// what they are for (var(--mb-color-…)), so the dark and high-contrast themes
// reach all of it. A colour written into a component's CSS would stay the same
// in every theme (dark text on a dark page, or a tint high contrast drops).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const rendererDirectory = path.resolve(__dirname, '../../renderer');
const tokensFile = path.join(rendererDirectory, 'design', 'tokens.css');

function stylesheets(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return stylesheets(full);
    return entry.name.endsWith('.css') ? [full] : [];
  });
}

const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');
const COLOUR_LITERAL = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|oklch|lab|lch)\(/gi;

/** The export preview is a sheet of paper in every theme: how the printed page will look. */
const PAPER = ['renderer/export/export.css:#fff', 'renderer/export/export.css:#000'];

describe('the design tokens', () => {
  it('are the only place a colour is written', () => {
    const literals = stylesheets(rendererDirectory)
      .filter((file) => file !== tokensFile)
      .flatMap((file) =>
        (withoutComments(readFileSync(file, 'utf8')).match(COLOUR_LITERAL) ?? []).map(
          (literal) => `${path.relative(path.resolve(rendererDirectory, '..'), file)}:${literal}`,
        ),
      );
    expect(literals.filter((literal) => !PAPER.includes(literal))).toEqual([]);
  });

  it('give every colour role a value in the light, dark and forced-colours themes', () => {
    const css = withoutComments(readFileSync(tokensFile, 'utf8'));
    const [light, rest] = css.split('@media (prefers-color-scheme: dark)');
    const [dark, forced] = rest!.split('@media (forced-colors: active)');
    const roles = (block: string) => new Set(block.match(/--mb-color-[a-z-]+(?=\s*:)/g));
    expect([...roles(light!)].length).toBeGreaterThan(20);
    expect(roles(dark!)).toEqual(roles(light!));
    expect(roles(forced!)).toEqual(roles(light!));
  });

  it('are the only custom properties the stylesheets read', () => {
    const defined = new Set(withoutComments(readFileSync(tokensFile, 'utf8')).match(/--mb-[a-z0-9-]+(?=\s*:)/g));
    const unknown = stylesheets(rendererDirectory).flatMap((file) =>
      [...withoutComments(readFileSync(file, 'utf8')).matchAll(/var\((--mb-[a-z0-9-]+)/g)]
        .map((match) => match[1]!)
        .filter((name) => !defined.has(name))
        .map((name) => `${path.basename(file)}: ${name}`),
    );
    expect(unknown).toEqual([]);
  });
});
