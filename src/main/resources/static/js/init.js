// Bootstrap Italia looks for its fonts relative to this path. Kept in a file: the Content-Security-Policy
// allows no inline script.
window.__PUBLIC_PATH__ = '/webjars/bootstrap-italia/dist/fonts';
