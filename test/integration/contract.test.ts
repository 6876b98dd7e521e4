/**
 * The google.script.run contract (src/app/sidebarContract.ts) is kept by both sides: every handler
 * it lists is an entry point with its argument and result types (checked by the compiler here),
 * and a top-level function declaration of the built bundle (checked below).
 */
import { readFileSync } from 'fs';
import type { HandlerName, Handlers, ServerResult } from '../../src/app/sidebarContract';
import * as documents from '../../src/entries/documents';
import * as workflow from '../../src/entries/workflow';
import * as search from '../../src/entries/search';
import * as health from '../../src/entries/health';
import * as wizard from '../../src/entries/wizard';
import { OUT_DIR } from '../../esbuild.config';

type Implementation = {
  [K in HandlerName]: (arg: Handlers[K][0]) => ServerResult<Handlers[K][1]>;
};

const implementations: Implementation = {
  sidebarGetCase: workflow.sidebarGetCase,
  sidebarMoveCase: workflow.sidebarMoveCase,
  sidebarAssignDepartment: workflow.sidebarAssignDepartment,
  sidebarAddDialogue: workflow.sidebarAddDialogue,
  sidebarSaveGoals: workflow.sidebarSaveGoals,
  sidebarSaveAgreement: workflow.sidebarSaveAgreement,
  sidebarRecordReceipt: workflow.sidebarRecordReceipt,
  sidebarGetContent: workflow.sidebarGetContent,
  sidebarSetChecklistItem: workflow.sidebarSetChecklistItem,
  sidebarSavePublication: workflow.sidebarSavePublication,
  sidebarGenerateDocument: documents.sidebarGenerateDocument,
  sidebarSendReplyLetter: documents.sidebarSendReplyLetter,
  sidebarOpenDocuments: documents.sidebarOpenDocuments,
  dialogRegisterPreConsultation: workflow.dialogRegisterPreConsultation,
  searchCases: search.searchCases,
  searchOpenCase: search.searchOpenCase,
  healthCheck: health.healthCheck,
  wizardLoad: wizard.wizardLoad,
  wizardSave: wizard.wizardSave,
  wizardRunStep: wizard.wizardRunStep,
  wizardSummary: wizard.wizardSummary,
};

test('every handler of the contract is a top-level function of dist/Code.js', () => {
  const code = readFileSync(`${OUT_DIR}/Code.js`, 'utf8');
  for (const name of Object.keys(implementations)) {
    expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
  }
});
