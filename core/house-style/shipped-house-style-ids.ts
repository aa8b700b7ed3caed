// The names of the house styles Minute Book ships (their files in styles/
// without ".json"), apart from the files so the committee's schema can offer
// them without loading the styles. shipped-house-styles.ts lists one file for
// each, and its test checks the two agree.
export const shippedHouseStyleIds = ['bury', 'gotham-parish-planning', 'neddc-cabinet', 'wirral-planning'] as const;

export type ShippedHouseStyleId = (typeof shippedHouseStyleIds)[number];
