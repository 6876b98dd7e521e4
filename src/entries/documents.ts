/** Entry points of the documents feature (re-exported by src/index.ts; see the note there). */
export {};
