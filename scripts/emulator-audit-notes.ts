/**
 * Hand-written parts of docs/emulator-audit.md (scripts/emulator-audit.ts generates the rest from
 * the code). Keep each note to what was checked against the reference page; say "assumed" where
 * the reference is silent and the emulator had to choose.
 */
export interface ClassNotes {
  /** Whether the class's errors and limits are the documented ones, observed ones or assumed. */
  errors?: string;
  /** Documented behaviours the emulator does not model. */
  notModelled?: string[];
  /** Per-member notes, by member name. */
  methods?: Record<string, string>;
}

export const GENERAL_NOTES: string[] = [
  'Every class the emulator exposes to the add-on is listed with every member it implements, as the code declares them: each facade carries a compile-time `assertGoogleShape<Fake, GoogleType>(true)` (packages/gas-emulator/src/core/typing.ts), which names the Apps Script class it follows and proves it has no member Google lacks. The reference page is https://developers.google.com/apps-script/reference/<service>/<class>.',
  '',
  'How to read the tables:',
  "- **Basis in the code comment**: what the member's comment says it follows — `doc` (quotes or cites the reference), `observed` (Apps Script's behaviour or text as scripts meet it), `assumed` (the reference is silent and the emulator chose), `—` (no comment: the member does what its reference summary says, without a recorded quote).",
  '- **Ledger**: the cost kind the member charges directly (core/latency.ts); `yes` when it charges through a helper, `—` for plain properties (enums).',
  '- **Add-on calls a method of this name**: a call `.name(` of that name appears somewhere in src/ (by name only, so a `yes` may belong to another class). These are the members whose differences from the reference were to be fixed first (issue 17).',
  '- **Not emulated**: members of Google\'s interface (as @types/google-apps-script 2.0.13 declares it) that the emulator lacks; calling one fails with "… is not a function", never silently.',
  '- **Errors and limits** and **Documented behaviours not modelled**: hand-written. Class notes (FormResponse, Sheet, Spreadsheet.getFormUrl, the chart classes, HtmlTemplate) were checked sentence by sentence against the reference page in this audit; service-wide notes (which apply to every class of the service without its own note) summarize the limits and messages the code records, with the basis its comments give — the members of those classes were not re-read against the reference in this pass.',
  '- The error table at the end gives every message the emulator throws, with its basis.',
  '',
  'Advanced services follow the REST API instead: the Sheets object (https://developers.google.com/apps-script/advanced/sheets) and its collections, whose reference pages are the Sheets API v4 resource pages (https://developers.google.com/sheets/api/reference/rest/v4/…).',
  '',
  'Facades without a shape check (not in the tables): the built form validations (TextValidation, ParagraphTextValidation, CheckboxValidation: opaque values passed to setValidation), the RangeList of Sheet.getRangeList (getRanges only), the MimeType enum, and the enums of SpreadsheetApp, FormApp, DocumentApp, DriveApp, ScriptApp and HtmlService (plain frozen objects whose values are their names).',
  '',
  'Found and fixed while auditing (issue 17), each with a test quoting the reference:',
  '- FormResponse.getItemResponses left out blank text, paragraph, date and time answers (form.reference.test.ts).',
  "- FormResponse.getRespondentEmail gave '' before submit; the reference says null (form.reference.test.ts).",
  "- FormResponse.getEditResponseUrl gave the form's viewform URL before submit; the reference says null (beyond the issue's list; form.reference.test.ts).",
  '- FormResponse.submit stored a submitted response again; the reference says it throws. It also returned the same object; the reference returns "A newly created response saved to the form\'s response store" (form.reference.test.ts).',
  '- FormResponse.withItemResponse changed a stored response; the reference says it cannot (form.reference.test.ts).',
  '- Sheet.getFormUrl did not exist; now per sheet, with the documented permission exception (form.reference.test.ts).',
  '- HtmlService printing scriptlets inside <script> escaped JSON twice (strings arrived as \\u0022…\\u0022, objects were syntax errors); inside a quoted JS string the quotes were escaped twice too, and `${` could open a substitution in a template literal. Values now arrive intact and still cannot leave the script block (html.test.ts).',
  '- Charts: Sheet.newChart/insertChart/getCharts/updateChart/removeChart, EmbeddedChartBuilder with the column, bar, line and pie builders, EmbeddedChart, ContainerInfo, ChartOptions, Charts enums and text styles (spreadsheet-charts.test.ts).',
];

/** Per service (the GoogleAppsScript namespace): applies to every class without its own note. */
export const SERVICE_NOTES: Record<string, ClassNotes> = {
  Spreadsheet: {
    errors:
      "Messages are Apps Script's observed texts (MESSAGES, PROTECTION_MESSAGES; see the error table). Limits modelled: 50,000 characters per cell (documented Sheets limit), protected ranges and sheets refuse edits by non-editors. Assumed: the latency of each call kind (core/latency.ts).",
    notModelled: [
      'The 10 million cells per spreadsheet limit is not enforced.',
      'Formulas are stored, not calculated: getValue() of a formula cell returns what was last written, not the result.',
      "Sheet copies (insertSheet with a template, duplicateActiveSheet) copy cells, formats, validations and conditional formats, but not the sheet's charts.",
      "Charts' ranges and anchors do not move when rows or columns are inserted or deleted.",
    ],
  },
  Forms: {
    errors:
      "FORM_ERRORS are marked one by one (observed or assumed) in form/errors.ts; the respondent path (recordResponse) uses the Forms page's wording, paraphrased (RESPONDENT_ERRORS).",
    notModelled: [
      'Quizzes: grades, feedback, points (getGradableItemResponses, withItemGrade, setPoints…) are not emulated.',
      'Grid, scale, time, date-time, duration, image, video and file-upload items are not emulated (only text, paragraph, multiple choice, checkbox, list, date, section header and page break).',
      'A response submitted by a script records no respondent email (assumed; the reference says only "if available").',
    ],
  },
  Document: {
    errors:
      'DOCUMENT_ERRORS are marked one by one in document/errors.ts (observed, documented or assumed). Limit modelled: 1.02 million characters per document (documented). Element edits are buffered until saveAndClose (documented).',
    notModelled: [
      'Element types other than body, paragraph, list item, table (row, cell), text, horizontal rule and page break: the as…() casts to them fail as for a wrong type.',
    ],
  },
  Drive: {
    errors:
      'DRIVE_ERRORS are marked in drive/errors.ts (observed, documented or assumed). Limits modelled: createFile 50 MB for text and 10 MB for typed content, setContent 10 MB, 15 GB storage per user (documented quota figures).',
    notModelled: [
      'Shared drives, revisions and comments (outside the Drive service) are not emulated.',
    ],
  },
  HTML: {
    errors:
      'Unknown files throw "No HTML file named … was found." (observed); meta tags outside the documented list are refused (documented, wording assumed).',
    notModelled: [
      'Pages are not served: HtmlService.getUserAgent() is null outside doGet/doPost (documented) and no web app exists.',
      'Sandbox and X-Frame options are recorded only.',
    ],
  },
  Charts: {
    errors: "Wrong argument types throw Apps Script's signature message (observed pattern).",
    notModelled: [
      'Stand-alone charts (Charts.newAreaChart, newBarChart, newColumnChart, newLineChart, newPieChart, newScatterChart, newTableChart, newDataTable, newDataViewDefinition) and the Chart class are not emulated.',
    ],
  },
  Script: {
    errors:
      'SCRIPT_ERRORS: the 20 triggers per user per script limit is documented (quotas page) and its message observed; builder misuse messages are assumed.',
  },
  Mail: {
    errors:
      'The recipients-per-day quota (100 consumer / 1,500 Workspace, documented on the quotas page) and the per-message limits are modelled with Apps Script\'s observed "Limit Exceeded" messages.',
  },
  Properties: {
    errors: 'Documented limits: 9 KB per value, 500 KB per store (quotas page); messages observed.',
  },
  Lock: {
    errors:
      'waitLock throws after its timeout with the observed "Lock timeout" message; tryLock returns false (documented).',
  },
  Utilities: {
    errors:
      "sleep is capped at 300,000 ms (documented); signature errors use Apps Script's observed pattern.",
  },
  Base: {
    errors:
      'Blob conversions other than identity throw the observed "Converting from … to … is not supported."',
  },
  Sheets: {
    errors:
      'The advanced Sheets service (a global only when dist/appsscript.json enables it, under its userSymbol). A refused request throws GoogleJsonResponseException, "API call to sheets.spreadsheets.values.<get|batchGet> failed with error: <message>", with `details.code` 400/403/404 (message shape observed). The API messages are in SHEETS_API_ERRORS with their basis: "Requested entity was not found.", "The caller does not have permission", "Unable to parse range: <range as sent>", the grid-limit, enum and unknown-parameter texts are observed; the refusal in simple triggers and AuthMode.NONE is documented (guides/triggers: they "cannot access services that require authorization"), its wording assumed. Each request is one ledger call of kind `api` (200 ms, assumed) plus the per-cell cost of the cells returned.',
    notModelled: [
      'Only Spreadsheets.Values.get and batchGet are emulated: no writes (update, append, clear, batchUpdate), no Spreadsheets.get/create/batchUpdate, no DataFilter reads, no DeveloperMetadata; the ~160 newXxx() builders of the Sheets object are absent.',
      'Named ranges and R1C1 notation are not resolved ("Unable to parse range"); sheet names match exactly (case-sensitive, assumed).',
      'Formulas are not calculated (as for SpreadsheetApp): UNFORMATTED_VALUE and FORMATTED_VALUE give what the cell stores; FORMULA gives the formula.',
      'Standard parameters (fields, prettyPrint, quotaUser…) throw an emulator error instead of being applied.',
      "Pending writes: SpreadsheetApp writes not yet committed are invisible to the API (read from a copy kept when the execution's first write after a commit is charged), as in Apps Script where the advanced service goes around SpreadsheetApp's write cache; Google says writes are \"sometimes\" bundled, the emulator always holds them back. While a paused execution holds pending writes, another execution's API read sees them (the copy is per execution), and a form response written into a sheet during an execution with pending writes is not in that execution's copy.",
      'Per-user Sheets API quotas (read requests per minute) are not enforced.',
    ],
  },
};

/** Per class, by GoogleAppsScript name. */
export const CLASS_NOTES: Record<string, ClassNotes> = {
  'GoogleAppsScript.Forms.FormResponse': {
    errors:
      'submit() on a submitted response throws (documented: "Throws a scripting exception if the response has already been submitted"; wording assumed, FORM_ERRORS.alreadySubmitted).',
    methods: {
      getItemResponses:
        "Blank text, paragraph, date and time items give an ItemResponse with '' (documented); other unanswered items are left out.",
      getRespondentEmail: "null before submit (documented); '' when the form collected none.",
      getEditResponseUrl: 'null before submit (documented).',
      getResponseForItem:
        'null when the response has no answer for the item (documented: "or null if none exists"); a blank text item gives null here although getItemResponses lists it (the reference is silent on that case).',
      submit:
        'Throws when already submitted; returns a new FormResponse for the stored response (documented).',
      withItemResponse:
        'No effect on a stored response (documented "cannot affect stored responses"; no exception is named, so none is thrown: assumed).',
    },
    notModelled: [
      'Grades: getGradableItemResponses, getGradableResponseForItem and withItemGrade are not emulated.',
    ],
  },
  'GoogleAppsScript.Forms.ItemResponse': {
    notModelled: ['getFeedback, getScore, setFeedback and setScore (quizzes) are not emulated.'],
  },
  'GoogleAppsScript.Spreadsheet.Sheet': {
    methods: {
      getFormUrl:
        'Per sheet: the form whose destination is this sheet, else null (documented); a user who cannot edit the spreadsheet gets "You do not have permission to perform that action." (documented exception, observed wording).',
      insertChart:
        'The stored chart gets the spreadsheet\'s next chart id; the handle passed in stays detached (assumed). A chart without a type is refused with "Invalid argument: chart" (assumed).',
      updateChart:
        'The chart must be on this sheet (from getCharts → modify → build); otherwise "Invalid argument: chart" (assumed).',
      removeChart: 'A chart not on this sheet throws "Invalid argument: chart" (assumed).',
      newChart:
        'Defaults: no type, position row 1 column 1 with no offset, headers auto-detected (assumed; the reference gives none).',
    },
    notModelled: [
      'Charts on a protected sheet can still be inserted, updated and removed by non-editors.',
    ],
  },
  'GoogleAppsScript.Spreadsheet.Spreadsheet': {
    methods: {
      getFormUrl:
        'The last form linked to the spreadsheet; the reference says the URL is "indeterminate" when several forms send responses here.',
    },
  },
  'GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder': {
    errors:
      'Wrong argument types throw the observed signature message; setPosition with an anchor below 1 throws "Invalid argument: anchorRowPos/anchorColPos" (assumed; the reference says the anchors are 1-indexed). Ranges of another spreadsheet are refused (assumed).',
    methods: {
      addRange: 'Ignores a range already added (documented).',
      removeRange: 'Removes only an exactly matching range, never throws (documented).',
      setOption:
        'Not validated (documented). Dotted names nest ({ hAxis: { title } }) and getOptions().get reads dotted paths (assumed, as Google Charts nests its options).',
      setChartType:
        'Every Charts.ChartType is accepted (the reference: "Not all embedded chart types are currently supported", without saying which).',
      getChartType: 'null before a type is set (assumed).',
      build:
        'Returns a detached chart; nothing is drawn until insertChart/updateChart (documented).',
    },
    notModelled: [
      'asAreaChart, asComboChart, asHistogramChart, asScatterChart and asTableChart (and their builders) are not emulated.',
      'The chart is never drawn: merge strategy, hidden-dimension strategy, headers and transposition are stored and read back only.',
    ],
  },
  'GoogleAppsScript.Spreadsheet.EmbeddedChart': {
    methods: {
      getChartId:
        'null until inserted (documented); stable and unique within the spreadsheet (documented).',
      getOptions: 'Immutable (documented): values are copied in and out.',
      getBlob: 'A 1×1 placeholder PNG named after the title (assumed: the emulator draws nothing).',
      getAs:
        'Only image/png; other types throw the Blob conversion error (the reference also allows bmp, gif, jpeg and pdf).',
      modify: 'A builder over a copy; changes are saved only by updateChart (documented).',
    },
    notModelled: [
      'asDataSourceChart (data source charts) is not emulated.',
      'A chart handle is a snapshot: it does not follow later updates of the stored chart (assumed).',
    ],
  },
  'GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder': {
    errors: 'As EmbeddedChartBuilder.',
    methods: {
      setTitle: "Stores option 'title' (assumed option name; documented effect).",
      setXAxisTitle: "Stores 'hAxis.title' (assumed option name).",
      setYAxisTitle: "Stores 'vAxis.title' (assumed option name).",
      setStacked: "Stores 'isStacked' true (assumed option name).",
      setRange: "Stores the range axis's 'viewWindow' {min, max} (assumed option name).",
      useLogScale: "Stores the range axis's 'logScale' true (assumed option name).",
      setLegendPosition: "Stores 'legend.position' as 'top'/'right'/'bottom'/'none' (assumed).",
    },
    notModelled: ['The chart is never drawn: the setters only store options.'],
  },
  'GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder': {
    errors: 'As EmbeddedChartBuilder.',
    methods: {
      reverseDirection: "Stores 'hAxis.direction' -1 (assumed option name).",
      reverseCategories:
        "Stores 'vAxis.direction' -1: bars' categories are on the vertical axis (documented effect, assumed option).",
    },
  },
  'GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder': {
    errors: 'As EmbeddedChartBuilder.',
    methods: {
      setCurveStyle: "Stores 'curveType' 'none' or 'function' (assumed mapping).",
      setPointStyle: "Stores 'pointSize' 0/2/7/14/28 for NONE…HUGE (assumed sizes).",
    },
  },
  'GoogleAppsScript.Spreadsheet.EmbeddedPieChartBuilder': {
    errors: 'As EmbeddedChartBuilder.',
    methods: {
      reverseCategories:
        "Stores 'reverseCategories' true (slices counterclockwise; assumed option name).",
    },
    notModelled: [
      'set3D is documented on the reference page but absent from the typings the add-on compiles against, so it is not emulated.',
    ],
  },
  'GoogleAppsScript.Spreadsheet.ContainerInfo': {
    methods: {
      getAnchorRow: '1-indexed (documented).',
      getAnchorColumn: '1-indexed (documented).',
    },
  },
  'GoogleAppsScript.Charts.ChartOptions': {
    methods: {
      get: 'null when the option was not set (documented); a copy, so the options stay immutable.',
    },
    notModelled: [
      'getOrDefault is documented but absent from the typings; not emulated (no defaults are known to the emulator).',
    ],
  },
  'GoogleAppsScript.Charts.TextStyleBuilder': {
    methods: {
      build: 'Defaults (#000000, no font name, size 0) are assumed; the reference gives none.',
    },
  },
  'GoogleAppsScript.HTML.HtmlTemplate': {
    methods: {
      evaluate:
        'Printing scriptlets escape by context (documented: "Contextual escaping means that Apps Script keeps track of the output\'s context on the page — inside an HTML attribute, inside a client-side script tag, or anywhere else — and automatically adds escape characters"). Inside <script>: strings quoted, objects and arrays as JSON, all arriving intact; characters that could close the block or a string are \\u-escaped (the exact escape sequences are assumed).',
    },
    notModelled: [
      'CSS and URL contexts: values printed in a style block or a URL attribute are HTML-escaped only.',
    ],
  },
};

/** Basis of error messages whose code comment says nothing, by `TABLE.key`. */
export const ERROR_NOTES: Record<string, string> = {
  'FAULT_MESSAGES.kill': 'observed',
  'FAULT_MESSAGES.serviceError': 'observed',
  'FAULT_MESSAGES.lockTimeout': 'observed',
  'FAULT_MESSAGES.mailQuota': 'observed',
  'RESPONDENT_ERRORS.closed': 'Forms page wording, paraphrased (not an Apps Script error)',
  'RESPONDENT_ERRORS.unknownQuestion': 'emulator-only (test harness)',
  'RESPONDENT_ERRORS.notAQuestion': 'emulator-only (test harness)',
  'RESPONDENT_ERRORS.required': 'Forms page wording ("This is a required question")',
  'RESPONDENT_ERRORS.emailRequired': 'Forms page wording',
  'RESPONDENT_ERRORS.invalidEmail': 'Forms page wording',
  'RESPONDENT_ERRORS.alreadyResponded': 'Forms page wording',
  'RESPONDENT_ERRORS.notAChoice': 'assumed',
  'RESPONDENT_ERRORS.oneChoiceOnly': 'assumed',
  'RESPONDENT_ERRORS.invalidDate': 'assumed',
  'RESPONDENT_ERRORS.validation': "the validation's help text (documented), prefixed",
  'SIMPLE_DATE_FORMAT_ERRORS.illegalPatternCharacter': 'observed (java.text.SimpleDateFormat)',
  'SIMPLE_DATE_FORMAT_ERRORS.unterminatedQuote': 'observed (java.text.SimpleDateFormat)',
  'SIMPLE_DATE_FORMAT_ERRORS.invalidIsoFormat': 'observed (java.text.SimpleDateFormat)',
  'SIMPLE_DATE_FORMAT_ERRORS.unparseableDate': 'observed (java.text.SimpleDateFormat)',
  'PROPERTIES_ERRORS.valueTooLarge': 'observed',
  'PROPERTIES_ERRORS.storeFull': 'observed',
  'PROPERTIES_ERRORS.invalidKey': 'assumed',
  'LOCK_ERRORS.timeout': 'observed',
  'SCRIPT_ERRORS.tooManyTriggers': 'observed (limit documented)',
  'SCRIPT_ERRORS.addonRecurrence': 'doc (add-on triggers at most hourly), wording assumed',
  'SCRIPT_ERRORS.atHourNeedsDays': 'assumed',
  'SCRIPT_ERRORS.onWeekDayNeedsWeeks': 'assumed',
  'SCRIPT_ERRORS.noSchedule': 'assumed',
  'SCRIPT_ERRORS.noEvent': 'assumed',
  'SCRIPT_ERRORS.noPermission': 'observed pattern',
  'MAIL_ERRORS.quota': 'observed (quota documented)',
  'MAIL_ERRORS.invalidEmail': 'observed',
  'MAIL_ERRORS.noRecipient': 'assumed',
  'MAIL_ERRORS.tooManyRecipients': 'observed (limit documented)',
  'MAIL_ERRORS.bodySize': 'observed (limit documented)',
  'MAIL_ERRORS.totalAttachmentsSize': 'observed (limit documented)',
  'MAIL_ERRORS.subjectTooLong': 'assumed',
  'MAIL_ERRORS.noPermission': 'observed pattern',
  'UI_MESSAGES.noUi': 'observed',
  'UI_MESSAGES.noPermission': 'observed pattern',
  'UI_MESSAGES.emptyFunctionName': 'assumed',
  'UI_MESSAGES.impossibleAnswer': 'emulator-only (test harness)',
  'HTML_ERRORS.invalidArgument': 'observed pattern',
  'MESSAGES.rangeNotFound': 'observed',
  'MESSAGES.startRowTooSmall': 'observed',
  'MESSAGES.startColumnTooSmall': 'observed',
  'MESSAGES.numRowsTooSmall': 'observed',
  'MESSAGES.numColumnsTooSmall': 'observed',
  'MESSAGES.outsideSheet': 'observed',
  'MESSAGES.cellOutOfRange': 'observed',
  'MESSAGES.rowsMismatch': 'observed',
  'MESSAGES.columnsMismatch': 'observed',
  'MESSAGES.sheetNameExists': 'observed',
  'MESSAGES.deleteOnlySheet': 'observed',
  'MESSAGES.hideOnlySheet': 'observed',
  'MESSAGES.deleteAllRows': 'observed',
  'MESSAGES.deleteAllColumns': 'assumed (by analogy with rows)',
  'MESSAGES.rowsOutOfBounds': 'observed',
  'MESSAGES.columnsOutOfBounds': 'observed',
  'MESSAGES.missingSpreadsheet': 'observed',
  'MESSAGES.invalidUrl': 'observed pattern',
  'MESSAGES.noUi': 'observed',
  'MESSAGES.sheetDeleted': 'assumed',
  'MESSAGES.invalidArgument':
    'observed pattern (also used for assumed refusals: chart ids, chart anchors)',
  'MESSAGES.frozenRowsTooMany': 'observed',
  'MESSAGES.frozenColumnsTooMany': 'observed',
  'MESSAGES.emptySheetName': 'assumed',
  'PROTECTION_MESSAGES.protectedCell': 'observed',
  'PROTECTION_MESSAGES.noPermission': 'observed',
  'PROTECTION_MESSAGES.changeKind': 'assumed',
  'PROTECTION_MESSAGES.unprotectedOnRange': 'assumed',
  'PROTECTION_MESSAGES.unprotectedOtherSheet': 'assumed',
  'PROTECTION_MESSAGES.domainEditOutsideDomain': 'doc (exception documented), wording assumed',
  'PROTECTION_MESSAGES.spreadsheetNotFound': 'emulator-only (internal)',
  'TEXT_FINDER_MESSAGES.emptyText': 'assumed',
  'TEXT_FINDER_MESSAGES.spreadsheetNotFound': 'emulator-only (internal)',
  'TEXT_FINDER_MESSAGES.signature': 'observed pattern',
  'VALIDATION_MESSAGES.noCriteria': 'emulator-only (assumed)',
  'VALIDATION_MESSAGES.unknownCriteria': 'assumed',
  'BLOB_ERRORS.nullContentType': 'observed',
  'BLOB_ERRORS.nullData': 'observed',
  'BLOB_ERRORS.unsupportedConversion': 'observed',
  'BLOB_ERRORS.unsupportedCharset': 'assumed',
  'UTILITIES_ERRORS.signatureMismatch': 'observed pattern',
  'UTILITIES_ERRORS.sleepTooLarge': 'doc (limit), wording observed pattern',
  'UTILITIES_ERRORS.invalidArgument': 'observed pattern',
  'UTILITIES_ERRORS.couldNotDecode': 'observed',
  'UTILITIES_ERRORS.invalidZip': 'assumed',
  'UTILITIES_ERRORS.invalidGzip': 'assumed',
};
