// 显示设置: applies the saved settings to <html> before first paint. External (not inline) so the CSP needs no
// 'unsafe-inline'; allowed values as in src/lib/layout/display-settings.ts (a unit test keeps them equal).
(function () {
  var d = document.documentElement,
    ok = { text: /^(125|150|175|200)$/, contrast: /^(high|normal)$/, spacing: /^large$/, elder: /^on$/, motion: /^reduce$/, cursor: /^large$/, guide: /^on$/, textonly: /^on$/ },
    s, k;
  d.setAttribute('data-js', '');
  try {
    s = JSON.parse(localStorage.getItem('display-settings')) || {};
    for (k in ok) if (ok[k].test(s[k])) d.setAttribute('data-' + k, s[k]);
  } catch (e) {}
})();
