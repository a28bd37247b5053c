// Browsers come from the system packages (see scripts/ensure-tools.sh); puppeteer must not download its own.
module.exports = { skipDownload: true };
