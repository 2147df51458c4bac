// Read by Decap CMS when it loads (decap-cms.js comes next): the page starts it itself, after registering the
// actuals CSV format (src/scripts/admin.ts). A file, not an inline script: the editor's policy allows no inline script.
window.CMS_MANUAL_INIT = true;
