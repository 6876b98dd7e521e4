/**
 * HorizontalRule (…/document/horizontal-rule) and PageBreak (…/document/page-break): leaf
 * elements that live inside a paragraph.
 */
import { assertGoogleShape } from '../../core/typing';
import { ElementBase } from './element';
import { registerElementClass } from './session';

export class FakeHorizontalRule extends ElementBase {}
assertGoogleShape<FakeHorizontalRule, GoogleAppsScript.Document.HorizontalRule>(true);
registerElementClass('HORIZONTAL_RULE', FakeHorizontalRule);

export class FakePageBreak extends ElementBase {}
assertGoogleShape<FakePageBreak, GoogleAppsScript.Document.PageBreak>(true);
registerElementClass('PAGE_BREAK', FakePageBreak);
