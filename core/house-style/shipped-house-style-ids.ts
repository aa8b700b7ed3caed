// The names of the house styles Minute Book ships (their files in styles/
// without ".json"), apart from the files so the committee's schema can offer
// them without loading the styles. shipped-house-styles.ts lists one file for
// each, and its test checks the two agree. A council's own style has an id of
// its own, so a committee or meeting may name any safe slug (houseStyleIdSchema):
// one that is neither shipped nor kept by the council is refused at export.
import { z } from 'zod';

export const shippedHouseStyleIds = ['bury', 'gotham-parish-planning', 'neddc-cabinet', 'wirral-planning'] as const;

export type ShippedHouseStyleId = (typeof shippedHouseStyleIds)[number];

/** A house style's id: lower-case letters, digits and hyphens, so it is safe as a file name ("wirral-planning"). */
export const houseStyleIdSchema = z
  .string()
  .regex(/^[a-z0-9-]{1,60}$/, { message: 'is not a house style id: use up to 60 lower-case letters, digits and hyphens, such as “wirral-planning”' });
