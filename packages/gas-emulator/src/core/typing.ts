/**
 * Compile-time proof that a fake exposes only members Google's interface has: public members of
 * `Fake` that `Real` lacks are named in the error. Keep internal state `private`.
 *
 *   assertGoogleShape<FakeRange, GoogleAppsScript.Spreadsheet.Range>(true);
 */
export type OnlyGoogleMembers<Fake, Real> =
  Exclude<keyof Fake, keyof Real> extends never
    ? true
    : { membersGoogleDoesNotHave: Exclude<keyof Fake, keyof Real> };

export function assertGoogleShape<Fake, Real>(_proof: OnlyGoogleMembers<Fake, Real>): void {
  // Nothing at run time: the check is the type of the argument.
}
