/**
 * Registers `<myo-body-map>` (guarded: a second copy of the library on the page does not throw).
 * @module
 */
import { MyoBodyMap } from '../components/body-map/body-map.js';

export { MyoBodyMap };

if (!customElements.get('myo-body-map')) customElements.define('myo-body-map', MyoBodyMap);

declare global {
  interface HTMLElementTagNameMap {
    'myo-body-map': MyoBodyMap;
  }
}
