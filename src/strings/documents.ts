/** Japanese text of the documents feature; re-exported by src/strings.ts (the one place for strings). */
export {};
