/**
 * FormApp error messages. Messages marked "observed" are Apps Script's own text as scripts meet it
 * (seen in public bug reports and code); "assumed" ones are the emulator's best wording where
 * Google documents that an exception is thrown but not its text.
 */
export const FORM_ERRORS = {
  /** observed: FormApp.openById / openByUrl with an unknown id, shared with DriveApp. */
  notFound:
    'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.',
  /** observed: Item.asXxxItem() on an item of another type. */
  invalidConversion: (type: string) => `Invalid conversion for item type: ${type}`,
  /** observed: getDestinationId()/getDestinationType() on a form without a destination. */
  noDestination: 'The form currently has no response destination.',
  /** assumed: documented as "Throws Error if no item exists at the given index". */
  noItemAtIndex: (index: number) => `No item exists at index ${index}.`,
  /** assumed: documented as "Throws Error if the to index is out of bounds". */
  indexOutOfBounds: (index: number) => `Index ${index} is out of bounds.`,
  /** assumed: documented as "Throws Error if no response with that id exists". */
  noResponse: (id: string) => `No response with ID ${id} exists for this form.`,
  /** observed wording of Apps Script's empty-array argument errors. */
  emptyArray: (name: string) => `Array is empty: ${name}`,
  /** assumed: a choice answer that is not among the item's choices (createResponse). */
  invalidChoice: (value: string) => `Invalid response submitted to choice question: ${value}`,
  /** assumed: shortenFormUrl with a URL that is not a Google Forms URL. */
  notAFormUrl: 'The URL is not a valid Google Forms URL.',
  invalidArgument: (name: string) => `Invalid argument: ${name}`,
  /** assumed: withItemResponse with a response created for another form's item. */
  foreignItem: 'The item response belongs to another form.',
  /** assumed: documented as "Throws a scripting exception if the response has already been submitted". */
  alreadySubmitted: 'This form response has already been submitted.',
};

/**
 * Messages of the USER path (recordResponse): what the Google Forms page shows a respondent,
 * prefixed by the question so a test or scenario knows which item refused.
 */
export const RESPONDENT_ERRORS = {
  closed: (title: string, message: string) =>
    `The form ${title} is no longer accepting responses.${message ? ` ${message}` : ''}`,
  unknownQuestion: (title: string) => `No question titled "${title}" in this form.`,
  notAQuestion: (title: string) => `"${title}" is not a question and takes no answer.`,
  required: (title: string) => `"${title}": This is a required question`,
  emailRequired: 'Email Address: This is a required question',
  invalidEmail: 'Email Address: Must be a valid email address',
  alreadyResponded: 'You can only fill out this form once.',
  notAChoice: (title: string, value: string) => `"${title}": "${value}" is not one of the choices`,
  oneChoiceOnly: (title: string) => `"${title}": choose one answer`,
  invalidDate: (title: string, value: string) =>
    `"${title}": "${value}" is not a valid date (YYYY-MM-DD)`,
  validation: (title: string, text: string) => `"${title}": ${text}`,
};
