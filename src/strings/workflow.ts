/** Japanese text of the workflow feature; re-exported by src/strings.ts (the one place for strings). */
export {};
