module.exports = {skipDownload: true};
