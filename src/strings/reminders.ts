/** Japanese text of the reminders feature; re-exported by src/strings.ts (the one place for strings). */
export {};
