// The strict-CSP page (test/loader/strict-csp-page.html) loading the library through the built
// loader. In a test file of its own: run after the other loader tests in one page, the test
// passes but the page then stops running timers (under investigation).
import { checkStrictCspPage, STRICT_CSP_TITLE } from '../reliability/strict-csp-check.js';

describe('loader: reliability under a strict CSP', function () {
  this.timeout(60_000);

  it(`the strict-CSP page through the loader: ${STRICT_CSP_TITLE}`, () =>
    checkStrictCspPage(new URL('./strict-csp-page.html', import.meta.url).href));
});
