module.exports = require('../../jest.preset.js').project('audit', __dirname);
