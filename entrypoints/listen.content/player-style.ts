/**
 * The page player's styles, inside its shadow root; the host is reset as the skip links' is
 * (components/lede-host.css). Near-black on white with a blue focus ring (7:1 and more);
 * system colours in forced-colours mode.
 */
import LEDE_HOST_CSS from '../../components/lede-host.css?inline';
import VISUALLY_HIDDEN_CSS from '../../components/visually-hidden.css?inline';

export const PLAYER_CSS = `
${LEDE_HOST_CSS}
:host { inset-inline: 0 !important; inset-block-end: 0 !important; }
:host(.top) { inset-block-end: auto !important; inset-block-start: 0 !important; }
.player {
  pointer-events: auto;
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 6px 12px;
  margin: 0 auto;
  max-width: 64rem;
  padding: 8px 12px;
  color: #111;
  background: #fff;
  border: 2px solid #111;
  border-radius: 8px;
  box-shadow: 0 2px 12px rgb(0 0 0 / 0.3);
  font: 400 15px/1.4 system-ui, sans-serif;
}
.buttons, .settings { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; }
button, select {
  font: inherit;
  color: #111;
  background: #f3f3f3;
  border: 2px solid #444;
  border-radius: 4px;
  padding: 4px 8px;
  min-height: 32px;
  cursor: pointer;
}
button.play { min-width: 5.5em; font-weight: 600; background: #fff; }
button:disabled { color: #595959; border-color: #767676; cursor: default; }
label { display: inline-flex; align-items: center; gap: 6px; }
input[type="range"] { width: 7rem; accent-color: #1a56db; }
.position, .hint { margin: 0; }
.hint { font-size: 14px; color: #333; }
[role="alert"] { margin: 0; color: #8a1c1c; font-weight: 600; }
button:focus-visible, select:focus-visible, input:focus-visible { outline: 3px solid #1a56db; outline-offset: 2px; }
.marks { position: fixed; inset: 0; pointer-events: none; }
.mark, .dim { position: fixed; pointer-events: none; }
.mark.lede-sentence { background: rgb(255 221 0 / 0.35); }
.mark.lede-word { border-block-end: 3px solid #b45309; background: rgb(255 170 0 / 0.35); }
.dim { background: rgb(20 20 20 / 0.45); }
${VISUALLY_HIDDEN_CSS}
@media (forced-colors: active) {
  .player, button, select { color: CanvasText; background: Canvas; border-color: CanvasText; }
  button:focus-visible, select:focus-visible, input:focus-visible { outline-color: Highlight; }
  .mark { background: transparent; outline: 2px solid Highlight; }
  .dim { background: Canvas; opacity: 0.6; }
}
`;
