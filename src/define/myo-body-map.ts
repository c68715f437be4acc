/**
 * Registers `<myo-body-map>`. Guarded: a second copy of the
 * library on the page does not throw, and importing it where there is no
 * `customElements` (server rendering in Node) does nothing.
 * @module
 */
import { MyoBodyMap } from '../components/body-map/body-map.js';

export { MyoBodyMap };
export type * from '../events.js';

if (typeof customElements !== 'undefined' && !customElements.get('myo-body-map'))
  customElements.define('myo-body-map', MyoBodyMap);

declare global {
  interface HTMLElementTagNameMap {
    'myo-body-map': MyoBodyMap;
  }
}
