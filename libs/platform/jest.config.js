module.exports = require('../../jest.preset.js').project('platform', __dirname);
