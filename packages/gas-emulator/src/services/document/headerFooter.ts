/**
 * HeaderSection and FooterSection:
 * developers.google.com/apps-script/reference/document/header-section and …/footer-section
 * Created by Document.addHeader() / addFooter(); removeFromParent() takes them off the document.
 */
import { assertGoogleShape } from '../../core/typing';
import { PageSectionBase } from './section';
import { registerElementClass } from './session';

export class FakeHeaderSection extends PageSectionBase {}
assertGoogleShape<FakeHeaderSection, GoogleAppsScript.Document.HeaderSection>(true);
registerElementClass('HEADER_SECTION', FakeHeaderSection);

export class FakeFooterSection extends PageSectionBase {}
assertGoogleShape<FakeFooterSection, GoogleAppsScript.Document.FooterSection>(true);
registerElementClass('FOOTER_SECTION', FakeFooterSection);
