/** Entry points of the reminders feature (re-exported by src/index.ts; see the note there). */
export {};
