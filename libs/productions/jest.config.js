module.exports = require('../../jest.preset.js').project('productions', __dirname);
