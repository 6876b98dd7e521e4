/** Entry points of the workflow feature (re-exported by src/index.ts; see the note there). */
export {};
