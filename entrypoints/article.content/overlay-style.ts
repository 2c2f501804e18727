/**
 * The styles of Lede's in-page UI, inside its shadow root. Site CSS cannot reach the links
 * inside; the one element it can match is the host, and `!important` declarations of a
 * shadow tree's `:host` rule beat the page's own `!important` ones (CSS Cascade 4,
 * "context"), so `all: initial !important` undoes whatever the site says about it
 * (`* { visibility: hidden }`, `body > * { display: none }`…).
 *
 * Colours: white on near-black (18:1) with a yellow focus ring drawn on the dark bar (13:1);
 * the panel is near-black on white with a blue ring (7:1); system colours in forced-colours
 * mode.
 */
import LEDE_HOST_CSS from '../../components/lede-host.css?inline';
import VISUALLY_HIDDEN_CSS from '../../components/visually-hidden.css?inline';

export const OVERLAY_CSS = `
${LEDE_HOST_CSS}
:host { inset-block-start: 0 !important; inset-inline-start: 0 !important; }
.bar {
  pointer-events: auto;
  display: flex;
  flex-wrap: wrap;
  gap: 8px;
  margin: 0;
  padding: 8px;
  background: #111;
  border: 2px solid #fff;
  font: 600 18px/1.3 system-ui, sans-serif;
}
.bar[hidden] { display: none; }
/* Out of sight until one of the links has keyboard focus (WCAG 2.4.1), then in full view
   at the top of the viewport above every site header (2.4.7, 2.4.11). */
.bar:not(:focus-within) {
  position: absolute;
  width: 1px;
  height: 1px;
  padding: 0;
  border: 0;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}
.bar a, .bar button {
  all: unset;
  display: inline-block;
  padding: 8px 14px;
  color: #fff;
  background: #111;
  border: 2px solid #fff;
  border-radius: 4px;
  cursor: pointer;
  text-decoration: underline;
  font: inherit;
}
a:focus-visible, button:focus-visible, .bar a:focus, .bar button:focus {
  outline: 4px solid #ffd43b;
  outline-offset: 2px;
}
${VISUALLY_HIDDEN_CSS}
dialog {
  pointer-events: auto;
  max-width: min(40rem, calc(100vw - 32px));
  max-height: calc(100vh - 64px);
  overflow: auto;
  padding: 20px 24px;
  color: #111;
  background: #fff;
  border: 3px solid #111;
  border-radius: 8px;
  font: 400 17px/1.5 system-ui, sans-serif;
}
dialog::backdrop { background: rgb(0 0 0 / 0.45); }
dialog h2 { margin: 0 0 12px; font-size: 20px; line-height: 1.3; }
dialog ol { margin: 0 0 16px; padding-inline-start: 24px; }
dialog li { margin-block: 6px; }
dialog button {
  font: inherit;
  color: #111;
  background: #f3f3f3;
  border: 2px solid #444;
  border-radius: 4px;
  padding: 6px 10px;
  text-align: start;
  cursor: pointer;
}
dialog li button { width: 100%; background: #fff; border-color: #767676; }
dialog button:focus-visible { outline: 4px solid #1a56db; outline-offset: 2px; }
.speaker { display: block; font-size: 15px; color: #333; }
@media (forced-colors: active) {
  .bar, .bar a, .bar button, dialog, dialog button { color: CanvasText; background: Canvas; border-color: CanvasText; }
  a:focus-visible, button:focus-visible, .bar a:focus, .bar button:focus { outline-color: Highlight; }
  .speaker { color: CanvasText; }
}
`;
