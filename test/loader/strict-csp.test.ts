// The strict-CSP page (test/loader/strict-csp-page.html) loading the library through the built
// loader, as test/reliability/strict-csp-page.html does with the one-file bundle: each page
// holds the script tag a publisher pastes, which is what is under test.
import { checkStrictCspPage, STRICT_CSP_TITLE } from '../reliability/strict-csp-check.js';

describe('loader: reliability under a strict CSP', function () {
  this.timeout(60_000);

  it(`the strict-CSP page through the loader: ${STRICT_CSP_TITLE}`, () =>
    checkStrictCspPage(new URL('./strict-csp-page.html', import.meta.url).href));
});
