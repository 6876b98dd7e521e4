/**
 * Google Forms: opening and creating the desk's forms, and linking one to the spreadsheet, one
 * FormApp call each. Errors propagate: the callers tell a deleted form from a failing service
 * (src/app/setup.ts, src/app/health.ts).
 */
type Form = GoogleAppsScript.Forms.Form;

export function openFormById(id: string): Form {
  return FormApp.openById(id);
}

export function openFormByUrl(url: string): Form {
  return FormApp.openByUrl(url);
}

export function createForm(title: string): Form {
  return FormApp.create(title);
}

/** Sends the form's responses to a new sheet of the spreadsheet (one setDestination call). */
export function sendResponsesToSpreadsheet(form: Form, spreadsheetId: string): void {
  form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheetId);
}
