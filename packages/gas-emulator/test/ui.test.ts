/**
 * Ui (SpreadsheetApp.getUi()): menus, alerts, prompts, sidebars and dialogs.
 * Reference: https://developers.google.com/apps-script/reference/base/ui
 */
import { Workspace } from '../src/workspace';
import type { ExecutionOptions } from '../src/core/execution';
import { UI_MESSAGES, createUi } from '../src/services/ui';

const UI_REF = 'https://developers.google.com/apps-script/reference/base/ui';
const MENU_REF = 'https://developers.google.com/apps-script/reference/base/menu';

const manual: ExecutionOptions = {
  functionName: 'test',
  source: 'manual',
  activeUser: 'desk@city.example.lg.jp',
  containerId: 'sheet-id',
};

function html(content: string, title = 'Apps Script application') {
  return { getContent: () => content, getTitle: () => title };
}

function withUi<T>(ws: Workspace, body: (ui: GoogleAppsScript.Base.Ui) => T, options = manual): T {
  return ws.run(options, () => body(createUi(ws)));
}

describe('menus', () => {
  test(`createMenu(caption).addItem().addToUi() shows a menu with the caption (${UI_REF}#createMenu(String))`, () => {
    const ws = new Workspace();
    withUi(ws, (ui) =>
      ui.createMenu('公民連携デスク').addItem('案件を登録', 'registerCase').addToUi(),
    );
    expect(ws.ui.menus).toEqual([
      {
        caption: '公民連携デスク',
        addon: false,
        items: [{ caption: '案件を登録', functionName: 'registerCase' }],
        containerId: 'sheet-id',
      },
    ]);
  });

  test(`menuFunction(caption) finds the function a menu item calls (${MENU_REF}#addItem(String,String))`, () => {
    const ws = new Workspace();
    withUi(ws, (ui) =>
      ui
        .createMenu('Desk')
        .addItem('Open', 'openSidebar')
        .addSeparator()
        .addItem('Help', 'help')
        .addToUi(),
    );
    expect(ws.ui.menuFunction('Help')).toBe('help');
    expect(ws.ui.menuFunction('Desk > Open')).toBe('openSidebar');
    expect(ws.ui.menuFunction('Missing')).toBeUndefined();
  });

  test(`addSeparator() records a separator between items (${MENU_REF}#addSeparator())`, () => {
    const ws = new Workspace();
    withUi(ws, (ui) =>
      ui.createMenu('M').addItem('a', 'fa').addSeparator().addItem('b', 'fb').addToUi(),
    );
    expect(ws.ui.menus[0].items[1]).toEqual({ separator: true });
  });

  test(`addSubMenu(menu) nests the sub-menu's items (${MENU_REF}#addSubMenu(Menu))`, () => {
    const ws = new Workspace();
    withUi(ws, (ui) => {
      const sub = ui.createMenu('Reports').addItem('Monthly', 'monthly');
      ui.createMenu('Desk').addSubMenu(sub).addToUi();
    });
    expect(ws.ui.menus[0].items).toEqual([
      { subMenu: 'Reports', items: [{ caption: 'Monthly', functionName: 'monthly' }] },
    ]);
    expect(ws.ui.menuFunction('Desk > Reports > Monthly')).toBe('monthly');
  });

  test(`createAddonMenu() is captioned with the add-on's name (${UI_REF}#createAddonMenu())`, () => {
    const ws = new Workspace();
    ws.ui.addonName = '公民連携デスク';
    withUi(ws, (ui) => ui.createAddonMenu().addItem('Start', 'start').addToUi());
    expect(ws.ui.menus[0]).toMatchObject({ caption: '公民連携デスク', addon: true });
    expect(ws.ui.menuFunction('公民連携デスク > Start')).toBe('start');
  });

  test(`createAddonMenu() works in AuthMode.NONE, as an add-on's onOpen runs before authorization (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle)`, () => {
    const ws = new Workspace();
    withUi(ws, (ui) => ui.createAddonMenu().addItem('Start', 'start').addToUi(), {
      ...manual,
      source: 'simple',
      authMode: 'NONE',
    });
    expect(ws.ui.menus).toHaveLength(1);
  });

  test(`addItem() refuses an empty function name (${MENU_REF}#addItem(String,String))`, () => {
    const ws = new Workspace();
    expect(() => withUi(ws, (ui) => ui.createMenu('M').addItem('Item', ''))).toThrow(
      UI_MESSAGES.emptyFunctionName,
    );
  });

  test(`adding a menu with the same caption again replaces it, as onOpen re-runs on reload (${MENU_REF}#addToUi())`, () => {
    const ws = new Workspace();
    withUi(ws, (ui) => ui.createMenu('M').addItem('a', 'fa').addToUi());
    withUi(ws, (ui) => ui.createMenu('M').addItem('b', 'fb').addToUi());
    expect(ws.ui.menus).toHaveLength(1);
    expect(ws.ui.menuFunction('b')).toBe('fb');
  });

  test(`items added to a builder after addToUi() do not change the shown menu (${MENU_REF}#addToUi())`, () => {
    const ws = new Workspace();
    withUi(ws, (ui) => {
      const menu = ui.createMenu('M').addItem('a', 'fa');
      menu.addToUi();
      menu.addItem('late', 'late');
    });
    expect(ws.ui.menuFunction('late')).toBeUndefined();
  });
});

describe('alert', () => {
  test(`alert(prompt) shows an OK dialog and returns OK by default (${UI_REF}#alert(String))`, () => {
    const ws = new Workspace();
    const answer = withUi(ws, (ui) => {
      const button = ui.alert('保存しました');
      return button === ui.Button.OK;
    });
    expect(answer).toBe(true);
    expect(ws.ui.alerts).toEqual([
      { title: '', prompt: '保存しました', buttons: 'OK', answer: 'OK' },
    ]);
  });

  test(`alert(title, prompt, buttons) returns the button the user clicks (${UI_REF}#alert(String,String,ButtonSet))`, () => {
    const ws = new Workspace();
    ws.ui.queueAlertResponse('NO');
    const clickedNo = withUi(
      ws,
      (ui) => ui.alert('確認', '削除しますか?', ui.ButtonSet.YES_NO) === ui.Button.NO,
    );
    expect(clickedNo).toBe(true);
    expect(ws.ui.alerts[0]).toMatchObject({ title: '確認', buttons: 'YES_NO', answer: 'NO' });
  });

  test(`alert(prompt, buttons) can be closed with the title bar button: CLOSE (https://developers.google.com/apps-script/reference/base/button)`, () => {
    const ws = new Workspace();
    ws.ui.queueAlertResponse('CLOSE');
    expect(withUi(ws, (ui) => String(ui.alert('x', ui.ButtonSet.OK_CANCEL)))).toBe('CLOSE');
  });

  test(`alert without a queued answer clicks the set's first button, YES for YES_NO (${UI_REF}#alert(String,ButtonSet))`, () => {
    const ws = new Workspace();
    expect(withUi(ws, (ui) => String(ui.alert('x', ui.ButtonSet.YES_NO)))).toBe('YES');
  });

  test(`a queued answer the dialog does not offer is a test mistake and fails loudly (${UI_REF}#alert(String,ButtonSet))`, () => {
    const ws = new Workspace();
    ws.ui.queueAlertResponse('YES');
    expect(() => withUi(ws, (ui) => ui.alert('x'))).toThrow(/not one of its buttons/);
  });

  test(`alert with arguments of no overload fails with Apps Script's signature error (${UI_REF}#alert(String))`, () => {
    const ws = new Workspace();
    expect(() =>
      withUi(ws, (ui) => (ui.alert as unknown as (...a: unknown[]) => unknown)(1, 2, 3, 4)),
    ).toThrow("don't match the method signature for Ui.alert");
  });
});

describe('prompt', () => {
  test(`prompt() returns what the user typed and the clicked button (${UI_REF}#prompt(String,String,ButtonSet))`, () => {
    const ws = new Workspace();
    ws.ui.queuePromptResponse('山田', 'YES');
    const result = withUi(ws, (ui) => {
      const response = ui.prompt(
        'Getting to know you',
        'May I know your name?',
        ui.ButtonSet.YES_NO,
      );
      return {
        text: response.getResponseText(),
        yes: response.getSelectedButton() === ui.Button.YES,
      };
    });
    expect(result).toEqual({ text: '山田', yes: true });
    expect(ws.ui.prompts[0]).toMatchObject({ title: 'Getting to know you', responseText: '山田' });
  });

  test(`prompt(prompt) defaults to OK with empty text (https://developers.google.com/apps-script/reference/base/prompt-response)`, () => {
    const ws = new Workspace();
    const result = withUi(ws, (ui) => {
      const r = ui.prompt('Name?');
      return [String(r.getSelectedButton()), r.getResponseText()];
    });
    expect(result).toEqual(['OK', '']);
  });

  test(`queuePromptResponse defaults the button to OK (${UI_REF}#prompt(String))`, () => {
    const ws = new Workspace();
    ws.ui.queuePromptResponse('abc');
    expect(withUi(ws, (ui) => String(ui.prompt('Name?').getSelectedButton()))).toBe('OK');
  });
});

describe('sidebars and dialogs', () => {
  test(`showSidebar(output) shows the HTML and its title (${UI_REF}#showSidebar(Object))`, () => {
    const ws = new Workspace();
    const output = html('<p>hi</p>', '案件一覧');
    withUi(ws, (ui) => ui.showSidebar(output as unknown as GoogleAppsScript.HTML.HtmlOutput));
    expect(ws.ui.sidebars).toEqual([{ title: '案件一覧', html: '<p>hi</p>', output }]);
  });

  test(`showModalDialog(output, title) records a modal dialog (${UI_REF}#showModalDialog(Object,String))`, () => {
    const ws = new Workspace();
    withUi(ws, (ui) =>
      ui.showModalDialog(html('<b>x</b>') as unknown as GoogleAppsScript.HTML.HtmlOutput, '登録'),
    );
    expect(ws.ui.dialogs[0]).toMatchObject({ title: '登録', html: '<b>x</b>', modal: true });
  });

  test(`showModelessDialog(output, title) records a modeless dialog (${UI_REF}#showModelessDialog(Object,String))`, () => {
    const ws = new Workspace();
    withUi(ws, (ui) =>
      ui.showModelessDialog(html('x') as unknown as GoogleAppsScript.HTML.HtmlOutput, 'T'),
    );
    expect(ws.ui.dialogs[0].modal).toBe(false);
  });

  test(`showSidebar from a simple trigger lacks the script.container.ui scope (https://developers.google.com/apps-script/guides/triggers#restrictions)`, () => {
    const ws = new Workspace();
    expect(() =>
      withUi(ws, (ui) => ui.showSidebar(html('x') as unknown as GoogleAppsScript.HTML.HtmlOutput), {
        ...manual,
        source: 'simple',
      }),
    ).toThrow(UI_MESSAGES.noPermission('showSidebar'));
  });

  test(`showSidebar refuses something that is not an HtmlOutput (${UI_REF}#showSidebar(Object))`, () => {
    const ws = new Workspace();
    expect(() =>
      withUi(ws, (ui) => ui.showSidebar('<p>' as unknown as GoogleAppsScript.HTML.HtmlOutput)),
    ).toThrow("don't match the method signature for Ui.showSidebar");
  });
});

describe('availability and cost', () => {
  test(`there is no Ui without an open editor, e.g. in a time-driven trigger (${UI_REF})`, () => {
    const ws = new Workspace();
    expect(() =>
      ws.run({ ...manual, source: 'installable', hasUi: false }, () => createUi(ws)),
    ).toThrow(UI_MESSAGES.noUi);
  });

  test('recordToast keeps what Spreadsheet.toast() showed (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#toast(String,String,Number))', () => {
    const ws = new Workspace();
    ws.ui.recordToast('ss', '保存しました', '完了', 3);
    expect(ws.ui.toasts).toEqual([
      { spreadsheetId: 'ss', message: '保存しました', title: '完了', timeoutSeconds: 3 },
    ]);
  });

  test('every Ui call is charged once to the ledger (emulator contract)', () => {
    const ws = new Workspace();
    withUi(ws, (ui) => ui.alert('x'));
    const calls = ws.ledger.records.map((r) => r.method);
    expect(calls).toEqual(['Ui.alert']);
  });
});
