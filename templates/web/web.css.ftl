/* The web app's look, in the brand's colours (templates/brands/<id>/brand.yaml). */
:root {
  --primary: ${brand.primary};
  --accent: ${brand.accent};
  --text: ${brand.text};
  --muted: ${brand.muted};
  --line: #D9DEE5;
  --soft: #F4F6F9;
  --bad: #B3261E;
  --good: #1E7B3C;
}
* { box-sizing: border-box; }
body { margin: 0; font-family: "${brand.font}", "Liberation Sans", Arial, sans-serif; color: var(--text); background: var(--soft); font-size: 14px; }
.top { display: flex; align-items: center; gap: 32px; background: var(--primary); color: #fff; padding: 0 24px; height: 52px; }
.top .brand { font-weight: bold; font-size: 16px; }
.top nav a { color: #fff; text-decoration: none; padding: 16px 12px; opacity: .8; border-bottom: 3px solid transparent; }
.top nav a.active, .top nav a:hover { opacity: 1; border-bottom-color: var(--accent); }
main { padding: 20px 24px; max-width: 1280px; margin: 0 auto; }
.workspace { display: grid; grid-template-columns: minmax(360px, 460px) 1fr; gap: 20px; align-items: start; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 14px 18px; margin-bottom: 16px; }
.card.narrow { max-width: 760px; }
.card h2 { margin: 0 0 12px; font-size: 18px; color: var(--primary); }
.card h3 { margin: 14px 0 6px; font-size: 14px; color: var(--primary); }
.card > h3:first-child { margin-top: 0; }
fieldset { border: 0; padding: 0; margin: 0 0 8px; }
legend { font-weight: bold; color: var(--primary); margin-bottom: 6px; font-size: 13px; text-transform: uppercase; letter-spacing: .04em; }
.field { position: relative; margin-bottom: 8px; display: flex; flex-direction: column; }
.field label, .field .label { font-size: 12px; color: var(--muted); margin-bottom: 2px; }
.field.check { justify-content: flex-end; }
.field.check label { color: var(--text); font-size: 14px; padding-bottom: 6px; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; }
input, select, textarea { font: inherit; padding: 6px 8px; border: 1px solid var(--line); border-radius: 4px; background: #fff; color: var(--text); }
input:focus, select:focus, textarea:focus { outline: 2px solid var(--accent); outline-offset: 0; border-color: var(--accent); }
.field:has(.error:not(:empty)) input, .field:has(.error:not(:empty)) select { border-color: var(--bad); }
.error { color: var(--bad); font-size: 12px; }
.error:empty, .hint:empty { display: none; }
.hint { color: var(--muted); font-size: 12px; }
.problem { color: var(--bad); }
.muted { color: var(--muted); font-size: 12px; }
.actions { display: flex; gap: 10px; margin-top: 8px; }
button, .button { font: inherit; border-radius: 4px; padding: 7px 14px; cursor: pointer; border: 1px solid var(--primary); text-decoration: none; display: inline-block; }
button.primary, .button.primary { background: var(--primary); color: #fff; }
button.secondary, .button.secondary { background: #fff; color: var(--primary); }
button:disabled { opacity: .45; cursor: not-allowed; }
.button.small { padding: 3px 8px; font-size: 12px; }
.suggest { position: absolute; top: 100%; left: 0; right: 0; z-index: 5; }
.suggest ul { list-style: none; margin: 2px 0 0; padding: 4px 0; background: #fff; border: 1px solid var(--line); border-radius: 4px; box-shadow: 0 4px 12px rgba(0,0,0,.12); }
.suggest:empty { display: none; }
.suggest button { width: 100%; text-align: left; border: 0; border-radius: 0; background: #fff; color: var(--text); padding: 5px 10px; }
.suggest button:hover, .suggest button:focus { background: var(--soft); outline: none; }
.badge { background: var(--accent); color: var(--text); border-radius: 3px; font-size: 11px; padding: 0 5px; margin-left: 4px; }
.headline .label, .verdict .label { color: var(--muted); font-size: 12px; }
.figure { font-size: 26px; font-weight: bold; color: var(--primary); margin: 2px 0 4px; }
svg.bar { width: 100%; height: auto; margin-top: 10px; }
svg.bar .market { fill: #DCE3EC; }
svg.bar .recommended { fill: var(--primary); opacity: .85; }
svg.bar .tick { stroke: var(--muted); stroke-width: 1; }
svg.bar .tick-label { font-size: 11px; fill: var(--muted); }
svg.bar .tick-value { font-size: 11px; fill: var(--text); }
svg.bar .pin { stroke: var(--accent); fill: var(--accent); stroke-width: 3; }
svg.bar .pin-label { font-size: 12px; font-weight: bold; fill: var(--text); }
.verdict { border-left: 5px solid var(--good); }
.verdict.below-floor, .verdict.below-market { border-left-color: var(--bad); }
.verdict.below-floor .figure, .verdict.below-market .figure { color: var(--bad); }
.verdict.competitive .figure, .verdict.strong .figure { color: var(--good); }
.levers { list-style: none; padding: 0; margin: 0; }
.lever { display: grid; grid-template-columns: auto 1fr auto; gap: 2px 10px; align-items: center; padding: 6px 0; border-top: 1px solid var(--line); }
.lever .apply { grid-row: span 2; padding: 4px 10px; }
.lever .muted { grid-column: 2 / 4; }
.lever-effect { font-weight: bold; white-space: nowrap; }
.lever.closes .lever-effect { color: var(--good); }
dl.lines { display: grid; grid-template-columns: max-content 1fr; gap: 4px 14px; margin: 0; }
dl.lines dt { color: var(--muted); }
dl.lines dd { margin: 0; }
.value { font-weight: bold; }
details summary { cursor: pointer; color: var(--primary); font-weight: bold; }
details[open] summary { margin-bottom: 8px; }
.empty p { color: var(--muted); }
.generated { grid-template-columns: minmax(360px, 1fr) minmax(360px, 1fr); }
.preview img { width: 100%; border: 1px solid var(--line); box-shadow: 0 2px 8px rgba(0,0,0,.1); }
ul.files { padding-left: 18px; }
ul.files li { margin: 4px 0; }
.table { border-collapse: collapse; width: 100%; }
.table th, .table td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
.table th { color: var(--muted); font-weight: normal; font-size: 12px; }
.table td.nowrap { white-space: nowrap; }
.status { font-size: 12px; padding: 1px 6px; border-radius: 3px; background: var(--soft); }
.status.ok, .status.done, .status.sent, .status.written { background: #E3F3E8; color: var(--good); }
.status.failed { background: #FBE4E2; color: var(--bad); }
.status.running, .status.finishing, .status.queued { background: #FFF4D6; color: #7A5A00; }
progress { width: 100%; height: 10px; accent-color: var(--primary); }
.search { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin-bottom: 12px; }
.upload { display: flex; gap: 12px; align-items: center; }
iframe.email { width: 100%; height: 420px; border: 1px solid var(--line); border-radius: 4px; background: #fff; }
.message .subject { font-size: 16px; }
pre.summary { white-space: pre-wrap; background: var(--soft); padding: 8px; border-radius: 4px; font-size: 12px; }
.send-form label { margin-right: 14px; color: var(--text); font-size: 14px; }
code { background: var(--soft); padding: 0 3px; border-radius: 3px; }
@media (max-width: 900px) { .workspace, .generated { grid-template-columns: 1fr; } }
