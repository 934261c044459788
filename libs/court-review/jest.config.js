module.exports = require('../../jest.preset.js').project('court-review', __dirname);
