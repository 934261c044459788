module.exports = require('../../jest.preset.js').project('discovery', __dirname);
